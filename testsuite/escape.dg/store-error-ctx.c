/* Store rule, positive (realistic): an error-reporting context passed by
   pointer.  Formatting the message into a local buffer and pointing the
   context at it is reported; copying the text into the context's own
   array or pointing at a string literal is fine.  */
/* { dg-do compile } */

#include <stdio.h>
#include <string.h>

struct err
{
  int code;
  const char *msg;
  const char *where;
  char detail[64];
};

int
warn_open_failed (const char *path, struct err *err)
{
  char msg[128];
  snprintf (msg, sizeof msg, "cannot open %s", path);
  err->code = 2;
  err->where = "open"; /* { dg-bogus "escape" } */
  err->msg = msg; /* { dg-warning "address of local variable 'msg' is stored into memory pointed to by parameter 'err', which outlives 'warn_open_failed' \\\[escape:store\\\]" } */
  return -1;
}

int
nowarn_open_failed (const char *path, struct err *err)
{
  char msg[128];
  snprintf (msg, sizeof msg, "cannot open %s", path);
  err->code = 2;
  strncpy (err->detail, msg, sizeof err->detail - 1);
  err->detail[sizeof err->detail - 1] = 0;
  err->msg = err->detail; /* { dg-bogus "escape" } */
  err->where = "open"; /* { dg-bogus "escape" } */
  return -1;
}

/* A nested helper reports into the context it was given.  */
static void
set_error (struct err *err, int code, const char *msg)
{
  err->code = code;
  err->msg = msg; /* { dg-bogus "escape" } */
}

int
warn_read_failed (int fd, struct err *err)
{
  char where[32];
  snprintf (where, sizeof where, "read(%d)", fd);
  set_error (err, 5, "read failed");
  err->where = where; /* { dg-warning "address of local variable 'where' is stored into memory pointed to by parameter 'err', which outlives 'warn_read_failed' \\\[escape:store\\\]" } */
  return -1;
}
