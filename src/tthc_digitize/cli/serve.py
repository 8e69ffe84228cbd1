"""``tthc serve``: the public verification page on uvicorn."""

from __future__ import annotations

from pathlib import Path
from typing import Optional

import typer

from tthc_digitize.cli.app import H, app, out
from tthc_digitize.cli.options import HOME_OPT, TRUST_OPT, open_home
from tthc_digitize.i18n import tr


@app.command("serve", help=H(
    "Trang web công khai, chỉ đọc, để kiểm tra bản sao điện tử bằng mã, đường dẫn trong mã QR hoặc tệp PDF.",
    "Public read-only web page to check an e-copy by its code, the link in its QR code, or its PDF.",
))
def serve_cmd(
    host: str = typer.Option("127.0.0.1", "--host", help=H("Địa chỉ lắng nghe (mặc định chỉ máy này).", "Address to listen on (default: this machine only).")),
    port: int = typer.Option(8000, "--port", min=1, max=65535, help=H("Cổng.", "Port.")),
    max_upload_mb: int = typer.Option(20, "--max-upload-mb", min=1, help=H("Kích thước tệp tải lên tối đa (MB).", "Largest upload accepted (MB).")),
    rate: float = typer.Option(10.0, "--rate", min=0.1, help=H("Số lần tra cứu mỗi giây cho mỗi địa chỉ (trung bình).", "Lookups a second per client address (average).")),
    home: Optional[Path] = HOME_OPT,
    trust: Optional[Path] = TRUST_OPT,
) -> None:
    import uvicorn  # heavy: the web server, only for this command

    from tthc_digitize.web.app import create_app  # heavy: starlette

    with open_home(home) as wh:
        trust_path = str(trust) if trust else (wh.config.sign.trust or None)
        web = create_app(wh, trust=trust_path, max_upload=max_upload_mb * 1024 * 1024, rate=rate,
                         burst=max(30, int(rate * 3)))
        out.print(tr("serve.listening", url=f"http://{host}:{port}/"))
        uvicorn.run(web, host=host, port=port, log_level="warning", server_header=False,
                    limit_concurrency=200, timeout_keep_alive=5)
