CREATE TABLE "gw_api_keys" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"key_hash" text NOT NULL,
	"key_prefix" text NOT NULL,
	"name" text,
	"role" text NOT NULL,
	"owner_id" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"last_used_at" timestamp with time zone,
	"revoked_at" timestamp with time zone,
	CONSTRAINT "gw_api_keys_role_check" CHECK ("gw_api_keys"."role" in ('admin', 'user'))
);
--> statement-breakpoint
CREATE TABLE "gw_model_mappings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"scope" text NOT NULL,
	"owner_id" text,
	"alias" text NOT NULL,
	"target_model" text NOT NULL,
	"provider_id" text NOT NULL,
	"description" text,
	"enabled" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "gw_model_mappings_scope_check" CHECK ("gw_model_mappings"."scope" in ('global', 'user')),
	CONSTRAINT "gw_model_mappings_owner_check" CHECK (("gw_model_mappings"."scope" = 'global' and "gw_model_mappings"."owner_id" is null) or ("gw_model_mappings"."scope" = 'user' and "gw_model_mappings"."owner_id" is not null))
);
--> statement-breakpoint
CREATE UNIQUE INDEX "gw_api_keys_key_hash_unique" ON "gw_api_keys" USING btree ("key_hash");--> statement-breakpoint
CREATE INDEX "gw_api_keys_owner_idx" ON "gw_api_keys" USING btree ("owner_id");--> statement-breakpoint
CREATE UNIQUE INDEX "gw_model_mappings_global_alias_unique" ON "gw_model_mappings" USING btree ("alias") WHERE "gw_model_mappings"."scope" = 'global';--> statement-breakpoint
CREATE UNIQUE INDEX "gw_model_mappings_user_alias_unique" ON "gw_model_mappings" USING btree ("owner_id","alias") WHERE "gw_model_mappings"."scope" = 'user';--> statement-breakpoint
CREATE INDEX "gw_model_mappings_alias_idx" ON "gw_model_mappings" USING btree ("alias");