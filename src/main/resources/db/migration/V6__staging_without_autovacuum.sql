-- Staging holds one night's rows and is truncated when the night completes; the night analyzes
-- it itself right after loading. Autovacuum on it only competed with the night for the two cores
-- and the disk, and made the closing TRUNCATE wait for a worker to be cancelled (about 1 s per
-- table). Vacuum against transaction-id wraparound still runs: this setting does not stop it.
ALTER TABLE stg_orders SET (autovacuum_enabled = off, toast.autovacuum_enabled = off);
ALTER TABLE stg_manifest SET (autovacuum_enabled = off, toast.autovacuum_enabled = off);
ALTER TABLE stg_pickups SET (autovacuum_enabled = off, toast.autovacuum_enabled = off);
