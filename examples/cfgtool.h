/* cfgtool: a small configuration-file tool, the demo program of
   gcc-escape.  Each .c file holds a few functions with correct patterns
   and a few bugs the plugin reports; every bug is marked with a comment
   that starts with "escape:" and quotes the warning.  */

#ifndef CFGTOOL_H
#define CFGTOOL_H

#include <stddef.h>

/* tokenize.c */
char *skip_blanks (char *s);
char *next_word (const char *line, const char **rest);
char *next_word_into (const char *line, char *out, size_t size);
char *trimmed_copy (const char *s);
char *first_word_start (char *line);
const char *token_kind_name (int kind);

/* config.c */
struct entry
{
  char key[32];
  char value[96];
  int line;
};

int parse_entry (const char *line, struct entry *out);
const struct entry *config_find (const char *key);
int config_add (const char *line, int lineno);
const char *config_value_of (const char *line);
const char *config_value_into (const char *line, struct entry *out);
const struct entry *config_default (void);
struct entry *config_dup (const struct entry *e);

/* format.c */
char *fmt_int (int v);
char *fmt_into (char *out, size_t size, int v);
char *fmt_alloc (const char *key, const char *value);
char *fmt_rule (char c, int n);
const char *fmt_fraction (double v);
const char *fmt_bool (int b);

/* path.c */
struct span
{
  const char *ptr;
  size_t len;
};

struct span path_basename (const char *path);
struct span path_normalise (const char *path);
char *path_join (const char *dir, const char *file);
const char *path_extension (const char *path);

#endif
