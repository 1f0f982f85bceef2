"""Reads QR codes from a QImage with zxing-cpp (the optional camera extra; tests use it too)."""

from __future__ import annotations

from PIL import Image
from PySide6.QtGui import QImage


def decoder_available() -> bool:
    """zxing-cpp comes with ``pip install icebreaker-kiosk[camera]``; without it, no scanning."""
    try:
        import zxingcpp  # noqa: F401
    except ImportError:
        return False
    return True


def to_pil(image: QImage) -> Image.Image:
    """A grayscale PIL image of ``image`` (zxing-cpp does not take a QImage)."""
    gray = image.convertToFormat(QImage.Format.Format_Grayscale8)
    data = bytes(gray.constBits())
    return Image.frombuffer(
        "L", (gray.width(), gray.height()), data, "raw", "L", gray.bytesPerLine(), 1
    )


def decode_qr_bytes(image: QImage) -> list[bytes]:
    """The raw bytes of every QR code found in ``image``; ImportError without zxing-cpp."""
    import zxingcpp

    results = zxingcpp.read_barcodes(
        to_pil(image), formats=zxingcpp.BarcodeFormats(zxingcpp.BarcodeFormat.QRCode)
    )
    return [bytes(result.bytes) for result in results if result.valid]


def decode_qr(image: QImage) -> list[str]:
    """The text of every QR code found in ``image`` (UTF-8); ImportError without zxing-cpp."""
    return [data.decode("utf-8", errors="replace") for data in decode_qr_bytes(image)]
