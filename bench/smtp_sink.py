#!/usr/bin/env python3
"""A tiny SMTP sink for bench/digest.sh: accepts every mail, keeps none, counts them and their bytes.
Usage: smtp_sink.py PORT COUNT_FILE (the count file gets "mails bytes" after each mail)."""
import asyncio
import sys

port, count_file = int(sys.argv[1]), sys.argv[2]
mails = 0
size = 0


async def session(reader, writer):
    global mails, size
    writer.write(b"220 sink ESMTP\r\n")
    while line := await reader.readline():
        verb = line[:4].upper()
        if verb == b"EHLO":
            writer.write(b"250-sink\r\n250 8BITMIME\r\n")
        elif verb == b"DATA":
            writer.write(b"354 go on\r\n")
            await writer.drain()
            while (data := await reader.readline()) not in (b".\r\n", b""):
                size += len(data)
            mails += 1
            with open(count_file, "w") as out:
                out.write(f"{mails} {size}\n")
            writer.write(b"250 kept nowhere\r\n")
        elif verb == b"QUIT":
            writer.write(b"221 bye\r\n")
            break
        else:
            writer.write(b"250 ok\r\n")
        await writer.drain()
    writer.close()


async def main():
    server = await asyncio.start_server(session, "127.0.0.1", port, limit=1 << 20)
    async with server:
        await server.serve_forever()

asyncio.run(main())
