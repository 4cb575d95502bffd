/* Fnptr rule, positive (realistic): a storage backend behind a table of
   operations, in the style of a VFS.  The generic layer keeps its
   per-call state (a cursor, a scratch buffer, a size) on its stack and
   passes it to the backend's operations: each such call is reported.
   Passing the caller's own objects is fine.  */
/* { dg-do compile } */

#include <stddef.h>
#include <string.h>

struct cursor { size_t pos; size_t len; };

struct backend;

struct backend_ops
{
  int (*open) (struct backend *be, const char *name);
  long (*read) (struct backend *be, struct cursor *cur, char *dst, size_t n);
  int (*stat) (struct backend *be, size_t *size);
  void (*close) (struct backend *be);
};

struct backend
{
  const struct backend_ops *ops;
  void *priv;
};

/* BAD: the cursor is handed to the backend.  */
long
warn_read_all (struct backend *be, const char *name, char *dst, size_t n)
{
  struct cursor cur = { 0, n };
  long total = 0, got;

  if (be->ops->open (be, name) != 0) /* { dg-bogus "escape" } */
    return -1;
  while ((size_t) total < n
         && (got = be->ops->read (be, &cur, dst + total, n - (size_t) total)) > 0) /* { dg-warning "address of local variable 'cur' is passed to a call through a function pointer \\\[escape:fnptr\\\]" } */
    {
      total += got;
      cur.pos += (size_t) got;
    }
  be->ops->close (be); /* { dg-bogus "escape" } */
  return total;
}

/* BAD: the backend reads into a scratch buffer of this frame.  */
int
warn_peek_magic (struct backend *be, struct cursor *cur)
{
  char scratch[8];
  if (be->ops->read (be, cur, scratch, sizeof scratch) != (long) sizeof scratch) /* { dg-warning "address of local variable 'scratch' is passed to a call through a function pointer \\\[escape:fnptr\\\]" } */
    return -1;
  return memcmp (scratch, "\177ELF", 4) == 0;
}

/* BAD: the size is returned through a pointer to a local.  */
long
warn_size_of (struct backend *be)
{
  size_t size = 0;
  if (be->ops->stat (be, &size) != 0) /* { dg-warning "address of local variable 'size' is passed to a call through a function pointer \\\[escape:fnptr\\\]" } */
    return -1;
  return (long) size;
}

/* Right: everything passed belongs to the caller.  */
long
nowarn_read_into (struct backend *be, struct cursor *cur, char *dst, size_t n)
{
  return be->ops->read (be, cur, dst, n); /* { dg-bogus "escape" } */
}
