"""A loopback SMTP sink for the benchmark: accepts every message and appends one line per
message to a file, `<arrival, seconds since the epoch> <recipient>`, so the benchmark can
count deliveries (and repeats) and time them. Speaks just enough SMTP for lettre."""

import asyncio
import sys
import time


async def session(reader, writer, log):
    writer.write(b"220 sink ESMTP\r\n")
    recipients = []
    while True:
        line = await reader.readline()
        if not line:
            break
        verb = line[:4].upper()
        if verb in (b"EHLO", b"HELO"):
            writer.write(b"250-sink\r\n250-8BITMIME\r\n250 SMTPUTF8\r\n")
        elif verb == b"MAIL":
            recipients = []
            writer.write(b"250 ok\r\n")
        elif verb == b"RCPT":
            recipients.append(line.split(b":", 1)[1].strip().strip(b"<>").split(b">")[0].decode())
            writer.write(b"250 ok\r\n")
        elif verb == b"DATA":
            writer.write(b"354 go on\r\n")
            await writer.drain()
            while (await reader.readline()) not in (b".\r\n", b""):
                pass
            arrived = time.time()
            for recipient in recipients:
                log.write(f"{arrived:.3f} {recipient}\n")
            log.flush()
            writer.write(b"250 queued\r\n")
        elif verb == b"QUIT":
            writer.write(b"221 bye\r\n")
            await writer.drain()
            break
        else:
            writer.write(b"250 ok\r\n")
        await writer.drain()
    writer.close()


async def main(port, path):
    with open(path, "a", encoding="utf-8") as log:
        server = await asyncio.start_server(lambda r, w: session(r, w, log), "127.0.0.1", port)
        async with server:
            await server.serve_forever()


if __name__ == "__main__":
    asyncio.run(main(int(sys.argv[1]), sys.argv[2]))
