CREATE EXTENSION IF NOT EXISTS pg_trgm;
--> statement-breakpoint
CREATE TABLE "occupation_related" (
	"code" text NOT NULL,
	"related_code" text NOT NULL,
	"rank" smallint NOT NULL,
	CONSTRAINT "occupation_related_code_related_code_pk" PRIMARY KEY("code","related_code")
);
--> statement-breakpoint
CREATE TABLE "occupation_skills" (
	"code" text NOT NULL,
	"skill_id" integer NOT NULL,
	"kind" text NOT NULL,
	"importance" real,
	"level" real,
	"hot" boolean DEFAULT false NOT NULL,
	CONSTRAINT "occupation_skills_code_kind_skill_id_pk" PRIMARY KEY("code","kind","skill_id")
);
--> statement-breakpoint
CREATE TABLE "occupation_tasks" (
	"code" text NOT NULL,
	"position" smallint NOT NULL,
	"statement" text NOT NULL,
	"core" boolean DEFAULT true NOT NULL,
	CONSTRAINT "occupation_tasks_code_position_pk" PRIMARY KEY("code","position")
);
--> statement-breakpoint
CREATE TABLE "occupation_titles" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "occupation_titles_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"code" text NOT NULL,
	"title" text NOT NULL,
	"kind" text NOT NULL,
	"search" "tsvector" GENERATED ALWAYS AS (to_tsvector('english', title)) STORED
);
--> statement-breakpoint
CREATE TABLE "occupations" (
	"code" text PRIMARY KEY NOT NULL,
	"title" text NOT NULL,
	"description" text NOT NULL,
	"job_zone" smallint,
	"interests" jsonb,
	"interest_code" text DEFAULT '' NOT NULL,
	"education" jsonb,
	"source" text NOT NULL,
	"release_id" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "onet_releases" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "onet_releases_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"version" text NOT NULL,
	"origin" text NOT NULL,
	"attribution" text NOT NULL,
	"license_url" text NOT NULL,
	"counts" jsonb NOT NULL,
	"imported_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "onet_releases_version_unique" UNIQUE("version")
);
--> statement-breakpoint
CREATE TABLE "user_skills" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "user_skills_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"user_id" uuid NOT NULL,
	"skill_id" integer NOT NULL,
	"proficiency" text NOT NULL,
	"source" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "user_skills_user_skill_uq" UNIQUE("user_id","skill_id")
);
--> statement-breakpoint
ALTER TABLE "skills" ADD COLUMN "keys" text[] DEFAULT '{}'::text[] NOT NULL;--> statement-breakpoint
ALTER TABLE "skills" ADD COLUMN "onet_element_ids" text[] DEFAULT '{}'::text[] NOT NULL;--> statement-breakpoint
ALTER TABLE "skills" ADD COLUMN "source" text DEFAULT 'catalog' NOT NULL;--> statement-breakpoint
ALTER TABLE "occupation_related" ADD CONSTRAINT "occupation_related_code_occupations_code_fk" FOREIGN KEY ("code") REFERENCES "public"."occupations"("code") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "occupation_related" ADD CONSTRAINT "occupation_related_related_code_occupations_code_fk" FOREIGN KEY ("related_code") REFERENCES "public"."occupations"("code") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "occupation_skills" ADD CONSTRAINT "occupation_skills_code_occupations_code_fk" FOREIGN KEY ("code") REFERENCES "public"."occupations"("code") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "occupation_skills" ADD CONSTRAINT "occupation_skills_skill_id_skills_id_fk" FOREIGN KEY ("skill_id") REFERENCES "public"."skills"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "occupation_tasks" ADD CONSTRAINT "occupation_tasks_code_occupations_code_fk" FOREIGN KEY ("code") REFERENCES "public"."occupations"("code") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "occupation_titles" ADD CONSTRAINT "occupation_titles_code_occupations_code_fk" FOREIGN KEY ("code") REFERENCES "public"."occupations"("code") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "occupations" ADD CONSTRAINT "occupations_release_id_onet_releases_id_fk" FOREIGN KEY ("release_id") REFERENCES "public"."onet_releases"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "user_skills" ADD CONSTRAINT "user_skills_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "user_skills" ADD CONSTRAINT "user_skills_skill_id_skills_id_fk" FOREIGN KEY ("skill_id") REFERENCES "public"."skills"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "occupation_skills_skill_idx" ON "occupation_skills" USING btree ("skill_id");--> statement-breakpoint
CREATE INDEX "occupation_titles_code_idx" ON "occupation_titles" USING btree ("code");--> statement-breakpoint
CREATE INDEX "occupation_titles_search_idx" ON "occupation_titles" USING gin ("search");--> statement-breakpoint
CREATE INDEX "occupation_titles_trgm_idx" ON "occupation_titles" USING gin (lower("title") gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "occupations_job_zone_idx" ON "occupations" USING btree ("job_zone");--> statement-breakpoint
CREATE INDEX "user_skills_skill_idx" ON "user_skills" USING btree ("skill_id");--> statement-breakpoint
CREATE INDEX "skills_keys_idx" ON "skills" USING gin ("keys");--> statement-breakpoint
CREATE INDEX "skills_onet_element_ids_idx" ON "skills" USING gin ("onet_element_ids");