CREATE TABLE "interest_results" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"answers" jsonb NOT NULL,
	"realistic" smallint NOT NULL,
	"investigative" smallint NOT NULL,
	"artistic" smallint NOT NULL,
	"social" smallint NOT NULL,
	"enterprising" smallint NOT NULL,
	"conventional" smallint NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "user_soft_skills" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "user_soft_skills_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"user_id" uuid NOT NULL,
	"skill_id" integer NOT NULL,
	"current_level" smallint NOT NULL,
	"target_level" smallint NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "user_soft_skills_user_skill_uq" UNIQUE("user_id","skill_id"),
	CONSTRAINT "user_soft_skills_levels_ck" CHECK ("user_soft_skills"."current_level" between 1 and 5 and "user_soft_skills"."target_level" between "user_soft_skills"."current_level" and 5)
);
--> statement-breakpoint
ALTER TABLE "interest_results" ADD CONSTRAINT "interest_results_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "user_soft_skills" ADD CONSTRAINT "user_soft_skills_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "user_soft_skills" ADD CONSTRAINT "user_soft_skills_skill_id_skills_id_fk" FOREIGN KEY ("skill_id") REFERENCES "public"."skills"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "interest_results_user_created_idx" ON "interest_results" USING btree ("user_id","created_at" DESC NULLS LAST,"id" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "user_soft_skills_skill_idx" ON "user_soft_skills" USING btree ("skill_id");