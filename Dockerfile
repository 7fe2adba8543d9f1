# The production image of compose.yaml: the app built once, started through scripts/server.mjs
# (`npm start`), which records the client's address and drains on SIGTERM.
FROM node:20-bookworm-slim
WORKDIR /app
ENV NEXT_TELEMETRY_DISABLED=1
COPY package.json package-lock.json ./
RUN npm ci
COPY . .
RUN npx next build
ENV NODE_ENV=production PORT=3000
EXPOSE 3000
CMD ["node", "scripts/server.mjs"]
