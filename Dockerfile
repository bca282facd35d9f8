# The API image: built once, runs the compiled server. Data lives in /data (a volume in docker-compose.yml).
# The current Node.js LTS (24); the code also runs on Node 20.15+ (see README).
FROM node:24-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY tsconfig.json tsconfig.build.json ./
COPY src ./src
RUN npm run build && npm prune --omit=dev

FROM node:24-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production HOST=0.0.0.0 PORT=4000 DATA_DIR=/data
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY package.json ./
COPY seeds ./seeds
# The Neo4j store's Cypher statements, read at start-up.
COPY cypher ./cypher
# A named volume takes the owner of the directory it is mounted on: make it the unprivileged user.
RUN mkdir /data && chown node:node /data
USER node
EXPOSE 4000
CMD ["node", "dist/src/server/main.js"]
