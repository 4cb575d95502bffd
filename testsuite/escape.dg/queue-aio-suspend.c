/* Queue rule, positive (realistic): an asynchronous read that waits for
   completion with aio_suspend before returning.  The control block is
   still reported at aio_read (the analysis does not pair submissions with
   waits); the data buffer is the caller's.  A synchronous fallback with
   a local buffer is fine.  */
/* { dg-do compile } */

#include <aio.h>
#include <errno.h>
#include <string.h>
#include <unistd.h>

ssize_t
warn_read_async (int fd, char *dst, size_t n)
{
  struct aiocb cb;
  const struct aiocb *list[1];
  memset (&cb, 0, sizeof cb);
  cb.aio_fildes = fd;
  cb.aio_buf = dst;
  cb.aio_nbytes = n;
  if (aio_read (&cb) != 0) /* { dg-warning "address of local variable 'cb' is passed to 'aio_read', which keeps it after returning \\\[escape:queue\\\]" } */
    return -1;
  list[0] = &cb;
  while (aio_error (&cb) == EINPROGRESS)
    aio_suspend (list, 1, NULL);
  return aio_return (&cb);
}

ssize_t
nowarn_read_sync (int fd, char *dst, size_t n)
{
  char tmp[512];
  size_t want = n < sizeof tmp ? n : sizeof tmp;
  ssize_t got = read (fd, tmp, want); /* { dg-bogus "escape" } */
  if (got > 0)
    memcpy (dst, tmp, (size_t) got); /* { dg-bogus "escape" } */
  return got;
}
