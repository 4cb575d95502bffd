/* Sink option, negative: without the option, functions without a body
   are not retaining by default; the same calls as sink-option.c are
   not reported.  */
/* { dg-do compile } */

typedef struct _GAsyncQueue GAsyncQueue;

void g_async_queue_push (GAsyncQueue *queue, void *data);
void my_keep (const char *s, int flags);

void
nowarn_queue_push_unlisted (GAsyncQueue *q)
{
  int m = 1;
  g_async_queue_push (q, &m); /* { dg-bogus "escape" } */
}

void
nowarn_my_keep_unlisted (void)
{
  char s[16] = "kept";
  my_keep (s, 0); /* { dg-bogus "escape" } */
}
