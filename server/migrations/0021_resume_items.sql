-- Generated resumes stored before this keep their sections in content (still read as they are)
-- until their next write rebuilds them with item rows: see regenerateResume.
CREATE TABLE "resume_items" (
	"resume_id" uuid NOT NULL,
	"source_id" uuid PRIMARY KEY NOT NULL,
	"kind" text NOT NULL,
	"position" integer NOT NULL,
	"ongoing" boolean NOT NULL,
	"start_date" date,
	"created_at" timestamp with time zone NOT NULL,
	"item" jsonb NOT NULL
);
--> statement-breakpoint
ALTER TABLE "resume_items" ADD CONSTRAINT "resume_items_resume_id_resumes_id_fk" FOREIGN KEY ("resume_id") REFERENCES "public"."resumes"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "resume_items" ADD CONSTRAINT "resume_items_source_id_achievements_id_fk" FOREIGN KEY ("source_id") REFERENCES "public"."achievements"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "resume_items_resume_idx" ON "resume_items" USING btree ("resume_id");