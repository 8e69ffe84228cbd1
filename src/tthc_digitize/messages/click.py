"""Click's and Typer's own words (usage lines, help panels, usage errors), in both languages.

Typer vendors Click with its English strings written in, so these are matched where they are shown
(see :mod:`tthc_digitize.cli.click_language`)."""

MESSAGES = {
    "click.usage": ("Cách dùng:", "Usage:"),
    "click.try_help": ("Gõ '{command} {option}' để xem hướng dẫn.", "Try '{command} {option}' for help."),
    "click.help_option": ("Hiện hướng dẫn này rồi thoát.", "Show this message and exit."),
    "click.panel.arguments": ("Tham số", "Arguments"),
    "click.panel.options": ("Tùy chọn", "Options"),
    "click.panel.commands": ("Lệnh", "Commands"),
    "click.panel.error": ("Lỗi", "Error"),
    "click.aborted": ("Đã dừng.", "Aborted."),
    "click.default": ("[mặc định: {}]", "[default: {}]"),
    "click.env_var": ("[biến môi trường: {}]", "[env var: {}]"),
    "click.required": ("[bắt buộc]", "[required]"),
    "click.deprecated": ("(không còn dùng) ", "(deprecated) "),
    "click.rich_help": ("Gõ [blue]'{command_path} {help_option}'[/] để xem hướng dẫn.",
                        "Try [blue]'{command_path} {help_option}'[/] for help."),
    "click.no_such_option": ("Không có tùy chọn: {name}", "No such option: {name}"),
    "click.possible_options": ("(Các tùy chọn gần giống: {options})", "(Possible options: {options})"),
    "click.no_such_command": ("Không có lệnh '{name}'.", "No such command '{name}'."),
    "click.did_you_mean": ("Có phải ý bạn là {options}?", "Did you mean {options}?"),
    "click.missing_command": ("Thiếu lệnh.", "Missing command."),
    "click.missing.argument": ("Thiếu tham số{hint}.", "Missing argument{hint}."),
    "click.missing.option": ("Thiếu tùy chọn{hint}.", "Missing option{hint}."),
    "click.missing.parameter": ("Thiếu tham số{hint}.", "Missing parameter{hint}."),
    "click.invalid_value_for": ("Giá trị không hợp lệ cho {hint}: {message}", "Invalid value for {hint}: {message}"),
    "click.invalid_value": ("Giá trị không hợp lệ: {message}", "Invalid value: {message}"),
    "click.extra_arguments": ("Thừa tham số ({args})", "Got unexpected extra argument(s) ({args})"),
    "click.requires_argument": ("Tùy chọn {name} cần một giá trị.", "Option {name} requires an argument."),
    "click.not_a_valid": ("{value} không phải là {kind} hợp lệ.", "{value} is not a valid {kind}."),
    "click.not_in_range": ("{value} nằm ngoài khoảng {range}.", "{value} is not in the range {range}."),
    "click.not_one_of": ("{value} không thuộc {choices}.", "{value} is not one of {choices}."),
    "click.does_not_exist": ("{kind} '{path}' không tồn tại.", "{kind} '{path}' does not exist."),
    "click.error": ("Lỗi: {message}", "Error: {message}"),
}
