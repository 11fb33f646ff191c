# Flowker service image. Build: docker build -t flowker .
# Configuration through environment variables (README, docs/deployment.md). The argument picks the role:
#   docker run flowker            -> all (API + executions in one process; embedded SQLite unless DATABASE_URL)
#   docker run flowker api        -> API only        } production mode: needs DATABASE_URL (PostgreSQL), REDIS_URL,
#   docker run flowker worker     -> executions only } API_KEY and SECRETS_KEY; see docker-compose.yml
# FLOWKER_ROLE=api|worker|all does the same when the command cannot be changed; the argument wins.

FROM node:20-bookworm-slim AS build
WORKDIR /app
# better-sqlite3 compiles from source: the toolchain is only needed in this stage.
RUN apt-get update && apt-get install -y --no-install-recommends python3 make g++ && rm -rf /var/lib/apt/lists/*
COPY package.json package-lock.json ./
# Scripts are skipped here (`prepare` builds, but the sources are not copied yet); only the native addon is built.
RUN npm install --no-audit --no-fund --ignore-scripts && npm rebuild better-sqlite3
COPY tsconfig.json tsconfig.build.json tsconfig.client.json nest-cli.json ./
COPY openapi ./openapi
COPY scripts ./scripts
COPY src ./src
RUN npm run generate:check && npm run build && npm prune --omit=dev

FROM node:20-bookworm-slim
ENV NODE_ENV=production PORT=4021 HOST=0.0.0.0 DATA_DIR=/data
WORKDIR /app
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY --from=build /app/package.json ./package.json
# The spec is served at /swagger from openapi/, exactly as written.
COPY --from=build /app/openapi ./openapi
RUN mkdir -p /data && chown node:node /data
USER node
VOLUME ["/data"]
EXPOSE 4021
HEALTHCHECK --interval=10s --timeout=3s --start-period=20s CMD node -e "fetch('http://127.0.0.1:'+process.env.PORT+'/health/live').then(r=>process.exit(r.ok?0:1)).catch(()=>process.exit(1))"
# The same Node.js flags as `npm start` (docs/deployment.md, "Node.js flags"; test/unit/foundation/node-flags.spec.ts).
ENTRYPOINT ["node", "--max-semi-space-size=32", "dist/main.js"]
CMD ["all"]
