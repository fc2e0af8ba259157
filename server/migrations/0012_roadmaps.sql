CREATE TABLE "roadmap_milestones" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"roadmap_id" uuid NOT NULL,
	"position" smallint NOT NULL,
	"title" text NOT NULL,
	"description" text NOT NULL,
	"hours" integer NOT NULL,
	"due_date" date NOT NULL,
	"node_ids" jsonb NOT NULL,
	"completed_at" timestamp with time zone,
	CONSTRAINT "roadmap_milestones_position_uq" UNIQUE("roadmap_id","position")
);
--> statement-breakpoint
CREATE TABLE "roadmaps" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"occupation_code" text NOT NULL,
	"occupation_title" text NOT NULL,
	"title" text NOT NULL,
	"answers" jsonb NOT NULL,
	"hours_per_week" integer NOT NULL,
	"start_date" date NOT NULL,
	"graph" jsonb NOT NULL,
	"share_token" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"completed_at" timestamp with time zone,
	CONSTRAINT "roadmaps_shareToken_unique" UNIQUE("share_token")
);
--> statement-breakpoint
ALTER TABLE "roadmap_milestones" ADD CONSTRAINT "roadmap_milestones_roadmap_id_roadmaps_id_fk" FOREIGN KEY ("roadmap_id") REFERENCES "public"."roadmaps"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "roadmaps" ADD CONSTRAINT "roadmaps_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "roadmaps_user_updated_idx" ON "roadmaps" USING btree ("user_id","updated_at");