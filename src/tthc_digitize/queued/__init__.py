"""OCR on Celery workers over RabbitMQ, for batches bigger than one machine (issue 15).

The coordinator (``tthc ingest --queue``) plans, locks and finishes the batch exactly as a local run
does; only the OCR of each file goes to a queue, one task per file. Workers and coordinator share
the input and output folders (a NAS share): a worker writes the file's outputs atomically and its
outcome into the output folder's state, where the coordinator picks it up. So nothing depends on
a result backend, a restarted broker loses no finished work, and a re-run finds what is done."""
