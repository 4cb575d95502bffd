/* Return rule, positive (realistic): a tokenizer that copies the token
   into a local buffer and returns a token struct by value whose start
   pointer points into that buffer.  Compare return-tokenizer-input.c.  */
/* { dg-do compile } */

#include <ctype.h>
#include <stddef.h>

enum kind { TOK_EOF, TOK_WORD, TOK_NUMBER };

struct token
{
  enum kind kind;
  const char *start;
  size_t len;
};

struct token
warn_next_token (const char **cursor)
{
  char buf[64];
  size_t n = 0;
  const char *s = *cursor;
  struct token t;

  while (*s == ' ')
    s++;
  while (s[n] && s[n] != ' ' && n < sizeof buf - 1)
    {
      buf[n] = s[n];
      n++;
    }
  buf[n] = 0;
  *cursor = s + n;

  t.kind = n == 0 ? TOK_EOF : isdigit ((unsigned char) buf[0]) ? TOK_NUMBER : TOK_WORD;
  t.start = buf;
  t.len = n;
  return t; /* { dg-warning "address of local variable 'buf' is returned from 'warn_next_token'" } */
}

/* The same bug with the token built in a helper's frame and the start
   pointer set by a lower-case pass over a local copy.  */
struct token
warn_next_token_lower (const char *s)
{
  char lower[16];
  size_t i;
  for (i = 0; i < sizeof lower - 1 && s[i] && s[i] != ' '; i++)
    lower[i] = (char) tolower ((unsigned char) s[i]);
  lower[i] = 0;
  struct token t = { i ? TOK_WORD : TOK_EOF, lower, i };
  return t; /* { dg-warning "address of local variable 'lower' is returned from 'warn_next_token_lower'" } */
}
