"""The electronic data warehouse (Kho quản lý dữ liệu điện tử): OCFL objects, register, audit."""
