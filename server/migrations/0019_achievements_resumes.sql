CREATE TABLE "achievement_skills" (
	"achievement_id" uuid NOT NULL,
	"skill_id" integer NOT NULL,
	"proficiency" text NOT NULL,
	"position" integer NOT NULL,
	CONSTRAINT "achievement_skills_achievement_id_skill_id_pk" PRIMARY KEY("achievement_id","skill_id")
);
--> statement-breakpoint
CREATE TABLE "achievements" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"type" text NOT NULL,
	"title" text NOT NULL,
	"organization" text,
	"location" text,
	"description" text,
	"start_date" date,
	"end_date" date,
	"ongoing" boolean DEFAULT false NOT NULL,
	"highlights" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"links" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"verification_state" text DEFAULT 'unverified' NOT NULL,
	"verified_by" text,
	"verified_at" timestamp with time zone,
	"origin" text DEFAULT 'manual' NOT NULL,
	"external_ref" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "achievements_user_external_ref_uq" UNIQUE("user_id","external_ref")
);
--> statement-breakpoint
CREATE TABLE "resume_versions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"resume_id" uuid NOT NULL,
	"number" integer NOT NULL,
	"name" text NOT NULL,
	"template" text NOT NULL,
	"content" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "resume_versions_resume_number_uq" UNIQUE("resume_id","number")
);
--> statement-breakpoint
CREATE TABLE "resumes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"name" text NOT NULL,
	"template" text DEFAULT 'classic' NOT NULL,
	"content" jsonb NOT NULL,
	"statistics" jsonb,
	"last_generated_at" timestamp with time zone,
	"public_token_hash" text,
	"public_enabled" boolean DEFAULT false NOT NULL,
	"views" integer DEFAULT 0 NOT NULL,
	"downloads" integer DEFAULT 0 NOT NULL,
	"based_on" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "resumes_publicTokenHash_unique" UNIQUE("public_token_hash")
);
--> statement-breakpoint
ALTER TABLE "achievement_skills" ADD CONSTRAINT "achievement_skills_achievement_id_achievements_id_fk" FOREIGN KEY ("achievement_id") REFERENCES "public"."achievements"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "achievement_skills" ADD CONSTRAINT "achievement_skills_skill_id_skills_id_fk" FOREIGN KEY ("skill_id") REFERENCES "public"."skills"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "achievements" ADD CONSTRAINT "achievements_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "resume_versions" ADD CONSTRAINT "resume_versions_resume_id_resumes_id_fk" FOREIGN KEY ("resume_id") REFERENCES "public"."resumes"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "resumes" ADD CONSTRAINT "resumes_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "achievement_skills_skill_idx" ON "achievement_skills" USING btree ("skill_id");--> statement-breakpoint
CREATE INDEX "achievements_user_date_idx" ON "achievements" USING btree ("user_id","ongoing" DESC NULLS LAST,"start_date" DESC NULLS LAST,"created_at" DESC NULLS LAST);--> statement-breakpoint
CREATE UNIQUE INDEX "resumes_one_generated_uq" ON "resumes" USING btree ("user_id") WHERE "resumes"."kind" = 'generated';--> statement-breakpoint
CREATE INDEX "resumes_user_updated_idx" ON "resumes" USING btree ("user_id","updated_at" DESC NULLS LAST);