/* Verbose notes, level 1, summaries of realistic helpers and what their
   callers make of them: a push onto a list (the item leaks into the
   list, the old head into the item), a getter returning a field (level
   1: what the parameter points to is returned, not the parameter), a
   getter returning the address of a field (level 0), an out-parameter
   setter (the value leaks to the out parameter) and a parser that
   reports where it stopped.  Pushing onto a local list is fine, onto a
   global list is a queue finding; a getter applied to a local list that
   holds a local item returns the item's address.  */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-escape-verbose=1" } */

#include <stddef.h>

struct item { int v; struct item *next; };
struct list { struct item *head; size_t len; };
struct config { const char *name; int port; };

struct list g_list;

static void
list_push (struct list *l, struct item *it) /* { dg-message "parameter 'l' leaks to parameter 'it' level=1" } */
/* { dg-message "parameter 'it' leaks to parameter 'l' level=0" "the item is stored into the list" { target *-*-* } .-1 } */
{
  it->next = l->head;
  l->head = it;
  l->len++;
}

static struct item *
list_first (const struct list *l) /* { dg-message "parameter 'l' leaks to result level=1" } */
{
  return l->head;
}

static const char *
config_name (const struct config *c) /* { dg-message "parameter 'c' leaks to result level=1" } */
{
  return c->name;
}

static int *
config_port (struct config *c) /* { dg-message "parameter 'c' leaks to result level=0" } */
{
  return &c->port;
}

static void
config_set_name (struct config *c, const char *name) /* { dg-message "parameter 'c' does not escape" } */
/* { dg-message "parameter 'name' leaks to parameter 'c' level=0" "the setter" { target *-*-* } .-1 } */
{
  c->name = name;
}

static int
parse_int (const char *s, const char **end) /* { dg-message "parameter 's' leaks to parameter 'end' level=0" } */
/* { dg-message "parameter 'end' does not escape" "the out parameter itself" { target *-*-* } .-1 } */
{
  int v = 0;
  while (*s >= '0' && *s <= '9')
    v = v * 10 + (*s++ - '0');
  *end = s;
  return v;
}

int
nowarn_local_list (void)
{
  struct list l = { NULL, 0 }; /* { dg-message "local variable 'l' does not escape" } */
  struct item a = { 1, NULL }, b = { 2, NULL }; /* { dg-message "local variable 'a' does not escape" } */
  /* { dg-message "local variable 'b' does not escape" "b" { target *-*-* } .-1 } */
  list_push (&l, &a); /* { dg-bogus "escape" } */
  list_push (&l, &b); /* { dg-bogus "escape" } */
  return list_first (&l)->v;
}

void
warn_global_list (void)
{
  struct item it = { 3, NULL }; /* { dg-message "local variable 'it' escapes \\(queue\\)" } */
  list_push (&g_list, &it); /* { dg-warning "address of local variable 'it' is passed to 'list_push', which keeps it after returning \\\[escape:queue\\\]" } */
}

struct item *
warn_first_of_local (void)
{
  struct list l = { NULL, 0 }; /* { dg-message "local variable 'l' does not escape" } */
  struct item a = { 1, NULL }; /* { dg-message "local variable 'a' escapes \\(return\\)" } */
  list_push (&l, &a);
  return list_first (&l); /* { dg-warning "address of local variable 'a' is returned from 'warn_first_of_local' \\\[escape:return\\\]" } */
}

const char *
nowarn_name_of_caller (const struct config *c) /* { dg-message "parameter 'c' leaks to result level=1" } */
{
  return config_name (c); /* { dg-bogus "escape" } */
}

int *
warn_port_of_local (void)
{
  struct config c = { "x", 80 }; /* { dg-message "local variable 'c' escapes \\(return\\)" } */
  return config_port (&c); /* { dg-warning "address of local variable 'c' is returned from 'warn_port_of_local' \\\[escape:return\\\]" } */
}

void
warn_set_name_global (struct config *out)
{
  char name[16] = "tmp"; /* { dg-message "local variable 'name' escapes \\(queue\\)" } */
  config_set_name (out, name); /* { dg-warning "address of local variable 'name' is passed to 'config_set_name', which keeps it after returning \\\[escape:queue\\\]" } */
}

const char *
nowarn_parse_caller (const char *s, int *v) /* { dg-message "parameter 's' leaks to result level=0" } */
{
  const char *end; /* { dg-message "local variable 'end' does not escape" } */
  *v = parse_int (s, &end);
  return end; /* { dg-bogus "escape" } */
}

const char *
warn_parse_local (int *v)
{
  char buf[8] = "42"; /* { dg-message "local variable 'buf' escapes \\(return\\)" } */
  const char *end;
  *v = parse_int (buf, &end);
  return end; /* { dg-warning "address of local variable 'buf' is returned from 'warn_parse_local' \\\[escape:return\\\]" } */
}
