-- Failed sign-ins per account, per client address and per trusted device
-- (lib/auth/sign-in-throttle.ts), replacing better-auth's limit of 5 sign-in attempts a minute
-- per address, which counted successful sign-ins too and locked out a desk behind one office
-- address.

-- CreateTable
CREATE TABLE "SignInFailureCount" (
    "scope" TEXT NOT NULL,
    "subject" TEXT NOT NULL,
    "failures" INTEGER NOT NULL,
    "windowStart" BIGINT NOT NULL,

    PRIMARY KEY ("scope", "subject")
);

-- CreateIndex
CREATE INDEX "SignInFailureCount_windowStart_idx" ON "SignInFailureCount"("windowStart");

-- better-auth no longer limits the sign-in path; its counters for it would never be read again.
DELETE FROM "rateLimit" WHERE "key" LIKE '%|/sign-in/email';
