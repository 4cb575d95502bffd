/* For pragma-header.c: a header that turns fnptr off for itself only
   (push and pop), and one setting that it leaves on for its includer.  */
#pragma escape push
#pragma escape rule fnptr off
static inline void
header_call (void (*cb) (int *))
{
  int t = 0;
  cb (&t);
}
#pragma escape pop
#pragma escape rule return note
