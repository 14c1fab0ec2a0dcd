# syntax=docker/dockerfile:1
# Taalentio — production image (Next + Payload). Plain `next start` on the full build, not Next's
# "standalone" output: `npm run jobs` (the background job worker) runs from the same image and
# needs payload.config.ts, its sources and tsx, which standalone output leaves out.
#
#   docker build --build-arg NEXT_PUBLIC_SERVER_URL=https://talents.example.org -t taalentio .
#   docker run --env-file .env -p 3000:3000 taalentio                       # the web app
#   docker run --env-file .env taalentio node_modules/.bin/tsx scripts/jobs.ts   # the job worker
#
# See compose.yaml for the whole stack (app + jobs + PostgreSQL 15 + MinIO + Redis).

ARG NODE_IMAGE=node:20-bookworm-slim

# 1. Dependencies, from the lock file only (cached while package*.json do not change).
FROM ${NODE_IMAGE} AS deps
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund

# 2. Build. NEXT_PUBLIC_* values are written into the bundles at build time.
FROM ${NODE_IMAGE} AS build
WORKDIR /app
ENV NEXT_TELEMETRY_DISABLED=1
ARG NEXT_PUBLIC_SERVER_URL=""
ENV NEXT_PUBLIC_SERVER_URL=${NEXT_PUBLIC_SERVER_URL}
COPY --from=deps /app/node_modules ./node_modules
COPY . .
RUN npm run build

# 3. Runtime: no compilers, no sources of secrets, not root.
FROM ${NODE_IMAGE} AS runtime
WORKDIR /app
ENV NODE_ENV=production \
    NEXT_TELEMETRY_DISABLED=1 \
    PORT=3000 \
    UPLOADS_DIR=/app/uploads
ARG NEXT_PUBLIC_SERVER_URL=""
ENV NEXT_PUBLIC_SERVER_URL=${NEXT_PUBLIC_SERVER_URL}
# The node image's unprivileged user (uid 1000) owns what the app writes: uploads (when no S3
# bucket is configured) and Next's image cache.
COPY --from=build --chown=node:node /app /app
RUN mkdir -p /app/uploads /app/.next/cache && chown -R node:node /app/uploads /app/.next/cache
USER node
EXPOSE 3000
VOLUME ["/app/uploads"]
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s --retries=3 \
  CMD node -e "fetch('http://127.0.0.1:'+(process.env.PORT||3000)+'/api/health').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"
# Migrations are applied when the app connects (Payload prodMigrations); DATABASE_URL is required.
CMD ["node_modules/.bin/next", "start", "-H", "0.0.0.0", "-p", "3000"]
