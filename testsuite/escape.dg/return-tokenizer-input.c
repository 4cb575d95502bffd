/* Return rule, negative (realistic): a tokenizer whose tokens point into
   the input string, not into a local copy: the token struct returned by
   value holds only caller memory.  Compare return-tokenizer-local.c.  */
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
nowarn_next_token (const char **cursor)
{
  const char *s = *cursor;
  struct token t;
  size_t n = 0;

  while (*s == ' ')
    s++;
  while (s[n] && s[n] != ' ')
    n++;
  *cursor = s + n;

  t.kind = n == 0 ? TOK_EOF : isdigit ((unsigned char) s[0]) ? TOK_NUMBER : TOK_WORD;
  t.start = s;
  t.len = n;
  return t; /* { dg-bogus "escape" } */
}

/* The token is validated against a local scratch copy, but the copy's
   address does not leave the function.  */
struct token
nowarn_next_token_checked (const char *s)
{
  char scratch[16];
  size_t n = 0;
  while (s[n] && s[n] != ' ' && n < sizeof scratch - 1)
    {
      scratch[n] = (char) tolower ((unsigned char) s[n]);
      n++;
    }
  scratch[n] = 0;
  struct token t = { scratch[0] ? TOK_WORD : TOK_EOF, s, n };
  return t; /* { dg-bogus "escape" } */
}
