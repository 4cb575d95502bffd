/* Arguments: sink argument numbers start at 1; NAME:0 is malformed.  */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-escape-sink=my_keep:0" } */
/* { dg-regexp "cc1: error: escape: bad value 'my_keep:0' in 'sink'; expected NAME:ARGNO with ARGNO from 1, e\\.g\\. 'g_async_queue_push:2'" "ARGNO 0" } */

#include "args-error.h"
