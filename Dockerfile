# Multi-stage build. The build stage bundles the gateway with its dependencies (esbuild), builds the dashboard
# and copies GraphiQL's assets precompressed (scripts/build.mjs); the runtime stage is the Node 24 base, without
# npm, plus dist/ and the trusted-document manifests: no node_modules at all, run as the non-root `node` user.
FROM node:24.22.3-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
# Optional dependencies stay: esbuild's and vite's native binaries are optional packages.
RUN npm ci
COPY tsconfig.json ./
COPY scripts ./scripts
COPY src ./src
COPY web ./web
RUN npm run build

FROM node:24.22.3-bookworm-slim AS runtime
# The runtime never installs anything: npm, npx, corepack and yarn go (about 20 MB).
RUN rm -rf /usr/local/lib/node_modules /usr/local/bin/npm /usr/local/bin/npx /usr/local/bin/corepack \
      /usr/local/bin/yarn /usr/local/bin/yarnpkg /opt/yarn-*
ENV NODE_ENV=production PORT=4000
WORKDIR /app
COPY --from=build /app/dist ./dist
# The trusted-document manifests (TRUSTED_DOCUMENTS=1), read at start relative to the working directory.
COPY packages/client/src/generated/persisted-documents.json ./packages/client/src/generated/
COPY web/generated/persisted-documents.json ./web/generated/
USER node
EXPOSE 4000
HEALTHCHECK --interval=15s --timeout=3s --start-period=10s --retries=3 \
  CMD node -e "fetch('http://127.0.0.1:'+(process.env.PORT||4000)+'/health').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"
# dist/start.js sets V8's heap limit from CACHE_MAX_BYTES, then becomes the gateway (dist/main.js), same pid.
CMD ["node", "dist/start.js"]
