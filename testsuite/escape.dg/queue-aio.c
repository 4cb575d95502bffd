/* Queue rule, positive: aio_read and aio_write keep the struct aiocb
   until the operation completes, after the call returns.  The buffers
   here are static, so only the control block is reported.  */
/* { dg-do compile } */

#include <aio.h>
#include <string.h>

static char rbuf[4096];
static char wbuf[4096];

int
warn_aio_read (int fd)
{
  struct aiocb cb;
  memset (&cb, 0, sizeof cb);
  cb.aio_fildes = fd;
  cb.aio_buf = rbuf;
  cb.aio_nbytes = sizeof rbuf;
  return aio_read (&cb); /* { dg-warning "address of local variable 'cb' is passed to 'aio_read', which keeps it after returning \\\[escape:queue\\\]" } */
}

int
warn_aio_write (int fd, off_t off)
{
  struct aiocb cb;
  memset (&cb, 0, sizeof cb);
  cb.aio_fildes = fd;
  cb.aio_offset = off;
  cb.aio_buf = wbuf;
  cb.aio_nbytes = sizeof wbuf;
  return aio_write (&cb); /* { dg-warning "address of local variable 'cb' is passed to 'aio_write', which keeps it after returning \\\[escape:queue\\\]" } */
}
