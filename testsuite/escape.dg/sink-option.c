/* Sink option: -fplugin-arg-escape-sink=NAME:ARGNO,... names functions
   without a body whose ARGNO-th argument (1-based) is kept.  Locals
   passed there are queue findings naming the function.  */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-escape-sink=g_async_queue_push:2,my_keep:1" } */

typedef struct _GAsyncQueue GAsyncQueue;

void g_async_queue_push (GAsyncQueue *queue, void *data);
void my_keep (const char *s, int flags);

struct msg { int kind; char body[32]; };

void
warn_queue_push (GAsyncQueue *q)
{
  struct msg m = { 1, "ping" };
  g_async_queue_push (q, &m); /* { dg-warning "address of local variable 'm' is passed to 'g_async_queue_push', which keeps it after returning \\\[escape:queue\\\]" } */
}

void
warn_my_keep (void)
{
  char s[16] = "kept";
  my_keep (s, 0); /* { dg-warning "address of local variable 's' is passed to 'my_keep', which keeps it after returning \\\[escape:queue\\\]" } */
}
