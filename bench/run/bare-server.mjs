// The bare node:http baseline of `npm run bench`: answers every request with the bytes of the
// in-memory baseline page, read once from the file given. Runs as its own process, so it does
// not share an event loop with the load generator. Prints its port when listening.
import { readFileSync } from "node:fs";
import http from "node:http";

const body = readFileSync(process.argv[2]);
const server = http.createServer((_req, res) => {
  res.writeHead(200, { "content-type": "text/html; charset=utf-8", "content-length": body.length });
  res.end(body);
});
server.listen(0, "127.0.0.1", () => console.log(server.address().port));
process.on("SIGTERM", () => server.close(() => process.exit(0)));
