CREATE TABLE "occupation_search_words" (
	"word" text PRIMARY KEY NOT NULL
);
--> statement-breakpoint
CREATE INDEX "occupation_search_words_trgm_idx" ON "occupation_search_words" USING gin ("word" gin_trgm_ops);--> statement-breakpoint
INSERT INTO "occupation_search_words" ("word")
SELECT DISTINCT w FROM "occupation_titles" t, regexp_split_to_table(lower(t."title"), '[^[:alnum:]]+') AS w
WHERE length(w) >= 2
ON CONFLICT DO NOTHING;
