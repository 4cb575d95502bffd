/* Store rule, cleared stores (realistic): a recursive-descent parser
   points the caller's state at a token buffer of its frame while it
   calls the sub-parser, and clears the pointer before returning, on
   success and on failure.  The variant that returns the token to the
   caller through the state is reported.  */
/* { dg-do compile } */

#include <ctype.h>
#include <stddef.h>

struct pstate
{
  const char *src;
  size_t pos;
  const char *lookahead;   /* the current token, while parsing */
  int depth;
};

extern int parse_value (struct pstate *st);

static size_t
scan_word (const char *s, char *dst, size_t cap)
{
  size_t n = 0;
  while (n + 1 < cap && isalnum ((unsigned char) s[n]))
    {
      dst[n] = s[n];
      n++;
    }
  dst[n] = 0;
  return n;
}

int
nowarn_parse_item (struct pstate *st)
{
  char tok[32];
  int rc;
  st->pos += scan_word (st->src + st->pos, tok, sizeof tok);
  st->lookahead = tok; /* { dg-bogus "escape" } */
  st->depth++;
  rc = parse_value (st);
  st->depth--;
  st->lookahead = NULL;
  return rc;
}

int
warn_parse_item_leaks (struct pstate *st)
{
  char tok[32];
  st->pos += scan_word (st->src + st->pos, tok, sizeof tok);
  st->lookahead = tok; /* { dg-warning "address of local variable 'tok' is stored into memory pointed to by parameter 'st', which outlives 'warn_parse_item_leaks' \\\[escape:store\\\]" } */
  if (parse_value (st) < 0)
    return -1;
  st->lookahead = NULL;
  return 0;
}
