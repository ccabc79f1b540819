/* error.c - the error record: first error wins, one line of text. */
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "sg_error.h"

void sg_error_clear(sg_error_t *err) {
    if (err) {
        memset(err, 0, sizeof(*err));
    }
}

sg_err_t sg_error_set(sg_error_t *err, sg_err_t code, const char *source, int line,
                      int column, const char *fmt, ...) {
    va_list ap;

    if (!err || err->code != SG_OK) {
        return code;
    }
    err->code = code;
    err->line = line;
    err->column = column;
    snprintf(err->source, sizeof(err->source), "%s", source ? source : "");
    va_start(ap, fmt);
    vsnprintf(err->message, sizeof(err->message), fmt, ap);
    va_end(ap);
    /* A message must stay on one line whatever a file name or parser said. */
    for (char *p = err->message; *p; p++) {
        if (*p == '\n' || *p == '\r') {
            *p = ' ';
        }
    }
    return code;
}

const char *sg_strerror(sg_err_t code) {
    switch (code) {
    case SG_OK:
        return "success";
    case SG_ENOMEM:
        return "out of memory";
    case SG_EINVAL:
        return "invalid input";
    case SG_EIO:
        return "input/output error";
    case SG_EPARSE:
        return "parse error";
    case SG_ELIMIT:
        return "limit exceeded";
    case SG_EIGRAPH:
        return "igraph error";
    case SG_EEMPTY:
        return "empty input";
    case SG_EGVC:
        return "graphviz error";
    }
    return "unknown error";
}
