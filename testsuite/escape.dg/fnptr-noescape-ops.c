/* Fnptr rule, negative (realistic): the backend operations of
   fnptr-ops-table.c with every pointer parameter declared noescape: the
   backends promise not to keep the cursor or the buffers, so the generic
   layer may pass its stack objects.  */
/* { dg-do compile } */

#include <stddef.h>
#include <string.h>

#define NOESC __attribute__ ((noescape))

struct cursor { size_t pos; size_t len; };

struct backend;

struct backend_ops
{
  long (*read) (struct backend *be, struct cursor *cur NOESC, char *dst NOESC, size_t n);
  int (*stat) (struct backend *be, size_t *size NOESC);
};

struct backend { const struct backend_ops *ops; };

long
nowarn_read_all (struct backend *be, char *dst, size_t n)
{
  struct cursor cur = { 0, n };
  char scratch[256];
  long total = 0, got;
  while ((got = be->ops->read (be, &cur, scratch, sizeof scratch)) > 0) /* { dg-bogus "escape" } */
    {
      size_t k = (size_t) got;
      if ((size_t) total + k > n)
        break;
      memcpy (dst + total, scratch, k);
      total += got;
      cur.pos += k;
    }
  return total;
}

long
nowarn_size_of (struct backend *be)
{
  size_t size = 0;
  if (be->ops->stat (be, &size) != 0) /* { dg-bogus "escape" } */
    return -1;
  return (long) size;
}
