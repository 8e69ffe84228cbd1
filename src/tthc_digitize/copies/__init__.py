"""E-copies: register copies (bản sao từ sổ gốc) and certified copies (chứng thực bản sao)."""
