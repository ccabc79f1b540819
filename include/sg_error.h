/* sg_error.h - error codes and the optional error record every fallible call fills.
 *
 * Every function that can fail returns an sg_err_t and, when the caller passes a
 * non-NULL sg_error_t, records a one-line reason.  The first error wins: a record
 * that already holds an error is not overwritten.
 */
#ifndef SG_ERROR_H
#define SG_ERROR_H

typedef enum {
    SG_OK = 0,
    SG_ENOMEM,  /* out of memory */
    SG_EINVAL,  /* bad argument or unusable input */
    SG_EIO,     /* a file could not be read or written */
    SG_EPARSE,  /* malformed JSON, TSV or article */
    SG_ELIMIT,  /* a configured limit was exceeded */
    SG_EIGRAPH, /* igraph reported an error */
    SG_EGVC,    /* Graphviz reported an error */
    SG_EEMPTY   /* an input holds nothing but white space */
} sg_err_t;

typedef struct {
    sg_err_t code;
    char message[512]; /* one line, lowercase, no full stop */
    char source[512];  /* file or item the message is about; may be empty */
    int line;          /* 1-based, 0 when unknown */
    int column;        /* 1-based, 0 when unknown */
} sg_error_t;

/* Clear an error record to "no error". */
void sg_error_clear(sg_error_t *err);

/* Record an error (printf-style message) unless err is NULL or already holds one.
 * Returns code, so callers can write `return sg_error_set(err, SG_EIO, ...)`. */
sg_err_t sg_error_set(sg_error_t *err, sg_err_t code, const char *source, int line,
                      int column, const char *fmt, ...)
    __attribute__((format(printf, 6, 7)));

/* A short static description of a code ("out of memory"). */
const char *sg_strerror(sg_err_t code);

#endif
