export interface MigrationOptions {
  /** Folder of migration folders; the checked-in prisma/migrations unless a test says otherwise. */
  migrationsDir?: string;
  /** How long to wait for another process's write lock before giving up (ms). */
  lockWaitMs?: number;
  /** Where "Applied migration …" lines go. */
  log?: (line: string) => void;
}

export interface MigrationOutcome {
  /** Migrations this run applied, in order. */
  applied: string[];
  /** Migrations that were already applied before this run. */
  upToDate: number;
}
