/* Sink option: the argument number is 1-based and only that argument is
   kept.  With g_async_queue_push:2, a local passed as the queue (argument
   1) is not reported; with my_keep:1, a local passed as argument 2 is
   not reported.  */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-escape-sink=g_async_queue_push:2,my_keep:1" } */

#include <stdlib.h>

struct queue_stub { int n; };

void g_async_queue_push (void *queue, void *data);
void my_keep (const char *s, const char *scratch);

extern const char g_name[];

void
nowarn_first_arg_local (void)
{
  struct queue_stub q = { 0 };
  void *data = malloc (8);
  g_async_queue_push (&q, data); /* { dg-bogus "escape" } */
}

void
nowarn_second_arg_local (void)
{
  char scratch[16] = "";
  my_keep (g_name, scratch); /* { dg-bogus "escape" } */
}

void
warn_both_args_local (void)
{
  struct queue_stub q = { 0 };
  long payload = 0;
  g_async_queue_push (&q, &payload); /* { dg-warning "address of local variable 'payload' is passed to 'g_async_queue_push', which keeps it after returning \\\[escape:queue\\\]" } */
  /* { dg-bogus "local variable 'q'" "argument 1 is not kept" { target *-*-* } .-1 } */
}
