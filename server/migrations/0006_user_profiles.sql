CREATE TABLE "user_profiles" (
	"user_id" uuid PRIMARY KEY NOT NULL,
	"full_name" text,
	"headline" text,
	"bio" text,
	"location_name" text,
	"latitude" double precision,
	"longitude" double precision,
	"institution" text,
	"current_status" text,
	"main_focus" text,
	"linkedin_url" text,
	"github_url" text,
	"website_url" text,
	"avatar_key" text,
	"avatar_small_key" text,
	"privacy" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "user_profiles_coordinates_check" CHECK (("user_profiles"."latitude" is null) = ("user_profiles"."longitude" is null) and coalesce("user_profiles"."latitude" between -90 and 90, true) and coalesce("user_profiles"."longitude" between -180 and 180, true))
);
--> statement-breakpoint
ALTER TABLE "user_profiles" ADD CONSTRAINT "user_profiles_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;