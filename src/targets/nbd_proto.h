/* SPDX-License-Identifier: MIT */
/*
 * The NBD protocol as the nbd target speaks it (NetworkBlockDevice/nbd
 * doc/proto.md): the wire layouts and constants, request encoding and
 * reply decoding (pure: simple replies and structured reply chunks),
 * the URI form, and the blocking connect and handshake (newstyle fixed,
 * NBD_OPT_STRUCTURED_REPLY where the server takes it, NBD_OPT_GO with
 * NBD_INFO_BLOCK_SIZE, NBD_OPT_EXPORT_NAME for servers without GO). Errors come back as
 * -errno with a message in the caller's buffer; nothing is printed.
 */
#ifndef UBLKD_NBD_PROTO_H
#define UBLKD_NBD_PROTO_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <endian.h>

#define NBD_DEFAULT_PORT	"10809"
#define NBD_MAX_NAME		4096	/* strings: at most 4096 bytes */

#define NBD_MAGIC		0x4e42444d41474943ULL	/* "NBDMAGIC" */
#define NBD_OPTS_MAGIC		0x49484156454f5054ULL	/* "IHAVEOPT" */
#define NBD_OLDSTYLE_MAGIC	0x0000420281861253ULL
#define NBD_REP_MAGIC		0x0003e889045565a9ULL
#define NBD_REQUEST_MAGIC	0x25609513u
#define NBD_SIMPLE_REPLY_MAGIC	0x67446698u
#define NBD_STRUCTURED_REPLY_MAGIC 0x668e33efu

/* handshake flags (server), client flags */
#define NBD_FLAG_FIXED_NEWSTYLE	(1u << 0)
#define NBD_FLAG_NO_ZEROES	(1u << 1)
#define NBD_FLAG_C_FIXED_NEWSTYLE NBD_FLAG_FIXED_NEWSTYLE
#define NBD_FLAG_C_NO_ZEROES	NBD_FLAG_NO_ZEROES

/* options */
#define NBD_OPT_EXPORT_NAME	1
#define NBD_OPT_ABORT		2
#define NBD_OPT_GO		7
#define NBD_OPT_STRUCTURED_REPLY 8

/* option replies */
#define NBD_REP_ACK		1
#define NBD_REP_INFO		3
#define NBD_REP_FLAG_ERROR	(1u << 31)
#define NBD_REP_ERR_UNSUP	(1u | NBD_REP_FLAG_ERROR)
#define NBD_REP_ERR_POLICY	(2u | NBD_REP_FLAG_ERROR)
#define NBD_REP_ERR_INVALID	(3u | NBD_REP_FLAG_ERROR)
#define NBD_REP_ERR_PLATFORM	(4u | NBD_REP_FLAG_ERROR)
#define NBD_REP_ERR_TLS_REQD	(5u | NBD_REP_FLAG_ERROR)
#define NBD_REP_ERR_UNKNOWN	(6u | NBD_REP_FLAG_ERROR)
#define NBD_REP_ERR_SHUTDOWN	(7u | NBD_REP_FLAG_ERROR)
#define NBD_REP_ERR_BLOCK_SIZE_REQD (8u | NBD_REP_FLAG_ERROR)
#define NBD_REP_ERR_TOO_BIG	(9u | NBD_REP_FLAG_ERROR)

/* NBD_REP_INFO types */
#define NBD_INFO_EXPORT		0
#define NBD_INFO_BLOCK_SIZE	3

/* transmission flags */
#define NBD_FLAG_HAS_FLAGS	(1u << 0)
#define NBD_FLAG_READ_ONLY	(1u << 1)
#define NBD_FLAG_SEND_FLUSH	(1u << 2)
#define NBD_FLAG_SEND_FUA	(1u << 3)
#define NBD_FLAG_ROTATIONAL	(1u << 4)
#define NBD_FLAG_SEND_TRIM	(1u << 5)
#define NBD_FLAG_SEND_WRITE_ZEROES (1u << 6)
#define NBD_FLAG_CAN_MULTI_CONN	(1u << 8)

/* commands and their flags */
#define NBD_CMD_READ		0
#define NBD_CMD_WRITE		1
#define NBD_CMD_DISC		2
#define NBD_CMD_FLUSH		3
#define NBD_CMD_TRIM		4
#define NBD_CMD_WRITE_ZEROES	6
#define NBD_CMD_FLAG_FUA	(1u << 0)
#define NBD_CMD_FLAG_NO_HOLE	(1u << 1)

/* structured reply chunks */
#define NBD_REPLY_FLAG_DONE	(1u << 0)
#define NBD_REPLY_TYPE_NONE	0
#define NBD_REPLY_TYPE_OFFSET_DATA 1
#define NBD_REPLY_TYPE_OFFSET_HOLE 2
#define NBD_REPLY_TYPE_ERR_BIT	(1u << 15)
#define NBD_REPLY_TYPE_ERROR	(NBD_REPLY_TYPE_ERR_BIT | 1)
#define NBD_REPLY_TYPE_ERROR_OFFSET (NBD_REPLY_TYPE_ERR_BIT | 2)
/* the most payload before a chunk's data we take: an error, its message, an offset */
#define NBD_CHUNK_HEAD_MAX	(4 + 2 + NBD_MAX_NAME + 8)

/* A request on the wire (big-endian), 28 bytes; a write's data follows. */
struct nbd_request {
	uint32_t magic;
	uint16_t flags;
	uint16_t type;
	uint64_t cookie;
	uint64_t offset;
	uint32_t length;
} __attribute__((packed));
_Static_assert(sizeof(struct nbd_request) == 28, "NBD request is 28 bytes");

/* A simple reply (big-endian), 16 bytes; a good read's data follows. */
struct nbd_simple_reply {
	uint32_t magic;
	uint32_t error;
	uint64_t cookie;
} __attribute__((packed));
_Static_assert(sizeof(struct nbd_simple_reply) == 16, "NBD reply is 16 bytes");

static inline void nbd_encode_request(struct nbd_request *r, unsigned int type,
				      unsigned int flags, uint64_t cookie,
				      uint64_t offset, uint32_t length)
{
	r->magic = htobe32(NBD_REQUEST_MAGIC);
	r->flags = htobe16((uint16_t)flags);
	r->type = htobe16((uint16_t)type);
	r->cookie = htobe64(cookie);
	r->offset = htobe64(offset);
	r->length = htobe32(length);
}

/* A structured reply chunk's header (big-endian), 20 bytes; its payload follows. */
struct nbd_structured_reply {
	uint32_t magic;
	uint16_t flags;
	uint16_t type;
	uint64_t cookie;
	uint32_t length;
} __attribute__((packed));
_Static_assert(sizeof(struct nbd_structured_reply) == 20,
	       "NBD structured reply header is 20 bytes");

/* A chunk header, decoded. */
struct nbd_chunk {
	uint16_t flags;		/* NBD_REPLY_FLAG_* */
	uint16_t type;		/* NBD_REPLY_TYPE_* */
	uint64_t cookie;
	uint32_t length;	/* of the payload */
};

/* What a chunk means for its request (nbd_parse_chunk()). */
struct nbd_chunk_res {
	uint32_t off;		/* DATA, HOLE: bytes into the request */
	uint32_t len;		/* DATA: data bytes after the head; HOLE: zeroes */
	int error;		/* ERROR, ERROR_OFFSET and unknown errors: -errno */
};

/*
 * The 20 bytes at @buf as a structured reply chunk header: 0 with *@ch,
 * -EPROTO for another magic.
 */
int nbd_decode_chunk(const void *buf, struct nbd_chunk *ch);
/*
 * How many payload bytes of @ch nbd_parse_chunk() needs: 8 (the offset)
 * for OFFSET_DATA, the whole payload for the others; -EPROTO when that
 * is more than NBD_CHUNK_HEAD_MAX or too short for the type.
 */
int nbd_chunk_head_len(const struct nbd_chunk *ch);
/*
 * Chunk @ch, with the nbd_chunk_head_len() bytes of its payload at @p,
 * for a request of @req_len bytes at @req_off (@is_read: an
 * NBD_CMD_READ): 0 with *@r, or -EPROTO for a chunk that cannot belong
 * to it (data or a hole outside it or for another command, an unknown
 * non-error type, NONE without DONE, an error of 0, lengths that
 * disagree).
 */
int nbd_parse_chunk(const struct nbd_chunk *ch, const void *p,
		    uint64_t req_off, uint32_t req_len, bool is_read,
		    struct nbd_chunk_res *r);

/*
 * The 16 bytes at @buf as a simple reply: 0 with *@error (the server's
 * NBD error value, 0: none) and *@cookie; -EPROTO for a bad magic,
 * -EOPNOTSUPP for a structured reply (never negotiated).
 */
int nbd_decode_simple_reply(const void *buf, uint32_t *error,
			    uint64_t *cookie);
/* An NBD error value as -errno (the protocol's values are Linux's). */
int nbd_errno(uint32_t nbd_error);

/* Where the export is: a TCP host and port, or a unix socket. */
struct nbd_addr {
	char host[256];
	char port[8];
	char unix_path[108];
	char export_name[NBD_MAX_NAME + 1];
};

/*
 * nbd://HOST[:PORT][/EXPORT] (HOST may be [v6addr]) or
 * nbd+unix:///[EXPORT]?socket=PATH into @a (fields not in the URI are
 * left as they are). -EINVAL with a message in @err.
 */
int nbd_parse_uri(const char *uri, struct nbd_addr *a, char *err,
		  size_t errlen);

/* What the handshake learnt of the export. */
struct nbd_export {
	uint64_t size;
	uint16_t flags;		/* transmission flags */
	uint32_t min_bs;	/* NBD_INFO_BLOCK_SIZE, 0: not sent */
	uint32_t pref_bs;
	uint32_t max_bs;
	bool via_go;		/* NBD_OPT_GO, not NBD_OPT_EXPORT_NAME */
	bool structured;	/* NBD_OPT_STRUCTURED_REPLY accepted */
};

/*
 * Connect to @a (TCP with TCP_NODELAY, or its unix socket) within
 * @timeout_ms. Returns the socket (blocking, close-on-exec) or -errno.
 */
int nbd_connect(const struct nbd_addr *a, int timeout_ms, char *err,
		size_t errlen);
/*
 * The handshake on @fd for export @name, each read and write bounded by
 * @timeout_ms. 0 with *@ex filled in, or -errno (-ENOENT: no such
 * export; -ECONNRESET: the server hung up; -EPROTO: it spoke nonsense).
 */
int nbd_handshake(int fd, const char *name, int timeout_ms,
		  struct nbd_export *ex, char *err, size_t errlen);
/* nbd_connect() then nbd_handshake(): the socket, or -errno. */
int nbd_open(const struct nbd_addr *a, int timeout_ms, struct nbd_export *ex,
	     char *err, size_t errlen);
/* Tell the server we leave (NBD_CMD_DISC), then close @fd. */
void nbd_close(int fd);
/* "host:port" or "unix:PATH", for messages. */
const char *nbd_addr_str(const struct nbd_addr *a, char *buf, size_t len);

#endif /* UBLKD_NBD_PROTO_H */
