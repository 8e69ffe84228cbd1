"""Messages of the queued OCR on Celery workers (issue 15)."""

MESSAGES = {
    "queue.bad_url": (
        "Địa chỉ hàng đợi không hợp lệ: {url} (cần amqp://người-dùng:mật-khẩu@máy:5672/vhost của RabbitMQ)",
        "Not a valid queue address: {url} (expected RabbitMQ's amqp://user:password@host:5672/vhost)",
    ),
    "queue.send_failed": (
        "Không gửi được việc vào hàng đợi ({detail}); chưa tệp nào được gửi đi xử lý",
        "Could not send work to the queue ({detail}); no file was sent",
    ),
    "queue.crashed": (
        "Tệp này làm dừng máy xử lý {attempts} lần; bỏ qua để các tệp khác vẫn được xử lý",
        "This file stopped a worker {attempts} times; set aside so the other files go on",
    ),
    "queue.time_limit": (
        "Xử lý tệp vượt quá {seconds} giây (TTHC_QUEUE_TIME_LIMIT); chia nhỏ tệp hoặc nâng giới hạn",
        "Processing the file took over {seconds} seconds (TTHC_QUEUE_TIME_LIMIT); split it or raise the limit",
    ),
    "queue.redelivered": (
        "máy xử lý trước dừng giữa chừng; tệp được xử lý lại lần {attempts}",
        "the previous worker stopped midway; the file was processed again (attempt {attempts})",
    ),
    "queue.no_worker": (
        "Chưa có máy xử lý nào nhận việc từ hàng đợi {queue}; các tệp đã vào hàng đợi và sẽ được xử lý khi một máy chạy "
        "`tthc worker --queue … --queue-name {queue}`",
        "No worker is taking work from queue {queue} yet; the files are queued and will be processed once a machine runs "
        "`tthc worker --queue … --queue-name {queue}`",
    ),
    "queue.worker_ready": (
        "Máy xử lý sẵn sàng: hàng đợi {queue} trên {broker}, {jobs} tiến trình OCR mỗi tệp. Dừng bằng Ctrl-C.",
        "Worker ready: queue {queue} on {broker}, {jobs} OCR processes per file. Stop with Ctrl-C.",
    ),
    "queue.broker_lost": (
        "Mất kết nối tới RabbitMQ; đang thử kết nối lại (tệp đang xử lý vẫn tiếp tục, việc chưa xác nhận được giữ trên hàng đợi)",
        "Lost the connection to RabbitMQ; reconnecting (the file in hand goes on, unacknowledged work stays on the queue)",
    ),
    "queue.broker_back": (
        "Đã kết nối lại RabbitMQ; tiếp tục nhận việc",
        "Reconnected to RabbitMQ; taking work again",
    ),
    "queue.worker_error": (
        "Lỗi của máy xử lý (Celery): {detail}",
        "Worker error (Celery): {detail}",
    ),
}
