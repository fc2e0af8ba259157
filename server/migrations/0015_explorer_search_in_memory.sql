DROP TABLE "occupation_search_words" CASCADE;--> statement-breakpoint
DROP INDEX "occupation_titles_search_idx";--> statement-breakpoint
DROP INDEX "occupation_titles_trgm_idx";--> statement-breakpoint
ALTER TABLE "occupation_titles" DROP COLUMN "search";