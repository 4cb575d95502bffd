/* Fnptr rule, negative: noescape declared on the parameters of function
   pointers that are struct fields (an ops table), written without a
   typedef.  */
/* { dg-do compile } */

#include <stddef.h>

struct buf { char data[64]; size_t len; };

struct codec_ops
{
  int (*encode) (const struct buf *in __attribute__ ((noescape)),
                 struct buf *out __attribute__ ((noescape)));
  size_t (*measure) (const char *s __attribute__ ((noescape)));
};

int
nowarn_encode (const struct codec_ops *ops)
{
  struct buf in = { "hello", 5 };
  struct buf out = { "", 0 };
  return ops->encode (&in, &out); /* { dg-bogus "escape" } */
}

size_t
nowarn_measure (const struct codec_ops *ops)
{
  char s[16] = "measure me";
  return ops->measure (s); /* { dg-bogus "escape" } */
}
