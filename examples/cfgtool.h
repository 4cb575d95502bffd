/* cfgtool: a small configuration-file tool, the demo program of
   gcc-escape.  Each .c file holds correct code and a few bugs the plugin
   reports; every bug is marked with a comment that starts with "escape:"
   and names the rule ([escape:RULE]) on the line before the reported
   statement.  A finding that is accepted in the source (ESCAPE_ACCEPT) is
   marked "escape-accepted:" instead: no warning, but the XML report keeps
   it.  check.sh checks both.  */

#ifndef CFGTOOL_H
#define CFGTOOL_H

#include <stddef.h>
#include <stdio.h>

/* ESCAPE_NOESCAPE, ESCAPE_ACCEPT: the plugin's attributes, or nothing when
   the compiler does not load the plugin.  */
#include <escape/escape.h>

/* tokenize.c */
char *skip_blanks (char *s);
char *next_word (const char *line, const char **rest);
char *next_word_into (const char *line, char *out, size_t size);
char *trimmed_copy (const char *s);
int count_words (const char *line);
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
int config_count (void);
const struct entry *config_entry (int i);
int config_add (const char *line, int lineno);
int config_get (const char *key, const char **value);
const char *config_value_of (const char *line);
const char *config_value_into (const char *line, struct entry *out);
const struct entry *config_default (void);
struct entry *config_dup (const struct entry *e);

/* loader.c */
void config_error (const char *msg);
int config_load (FILE *f, const char *name);
const char *config_include (int i);

/* hooks.c: callbacks run when a value changes, and validators.  A change
   hook may keep its argument (nothing says otherwise); a check may not.  */
struct change
{
  const char *key;
  const char *old_value;
  const char *new_value;
};

typedef void (*change_hook) (struct change *c);
typedef int (*check_fn) (const struct entry *e ESCAPE_NOESCAPE,
			 char *why ESCAPE_NOESCAPE, size_t size);

int config_on_change (change_hook fn);
int config_add_check (check_fn fn);
int config_set (const char *key, const char *value);
int config_validate (void);
int check_nonempty (const struct entry *e ESCAPE_NOESCAPE,
		    char *why ESCAPE_NOESCAPE, size_t size);

/* worker.c */
int config_reload_async (const char *path);
void config_watch (const char *path);
int config_changed (long since);
int config_checksum_files (const char *const *paths, int n,
			   unsigned long *sums);

/* format.c */
char *fmt_int (int v);
char *fmt_into (char *out, size_t size, int v);
char *fmt_alloc (const char *key, const char *value);
const char *fmt_entry (const struct entry *e);
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
