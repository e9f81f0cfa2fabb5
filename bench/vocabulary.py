"""Words of the benchmark corpus: what a dân vận meeting report is made of."""

from __future__ import annotations

SURNAMES = (
    "Nguyễn Nguyễn Nguyễn Nguyễn Trần Trần Lê Lê Phạm Phạm Hoàng Huỳnh Phan Vũ Võ Đặng Bùi Đỗ Hồ Ngô "
    "Dương Lý Đinh Lương Trịnh Đoàn Cao Chu Hà Lưu Tô Phùng Kiều Quách Lại Tạ Mạc Triệu"
).split()
MIDDLE = (
    "Văn Văn Thị Thị Hữu Đức Minh Quang Thanh Ngọc Xuân Thu Hồng Công Đình Bá Trọng Quốc Mạnh Thế Bích Khánh".split()
)
GIVEN = (
    "An Bình Cường Dũng Giang Hà Hải Hạnh Hiền Hiếu Hòa Hùng Hương Huy Khánh Lan Linh Long Mai Minh Nam Nga "
    "Ngọc Nhung Phong Phương Quân Quang Sơn Tâm Thành Thảo Thắng Thủy Trang Trung Tuấn Tùng Việt Yến Lực "
    "Thịnh Định Duy Hiệp Huệ Loan Chiến Toàn Vinh Kiên Tuyết Khoa Lâm Tú Đạt Hoạt Xiêm Oanh Tín Nghĩa"
).split()

# The meeting types of config.toml, weighted as they appear on the portals.
MEETINGS = {"tổng kết": 30, "sơ kết": 26, "giao ban": 22, "hội nghị chuyên đề": 10, "đối thoại": 6, "tập huấn": 6}

TAGS = [
    "dân vận khéo", "quy chế dân chủ", "Mặt trận Tổ quốc", "tôn giáo", "an sinh xã hội",
    "dân vận chính quyền", "nông thôn mới", "đô thị văn minh", "giảm nghèo", "chuyển đổi số",
    "cải cách hành chính", "tiếp công dân", "đối thoại với nhân dân", "hòa giải ở cơ sở",
    "an ninh trật tự", "đồng bào dân tộc thiểu số", "đồng bào có đạo", "người có uy tín",
    "khu dân cư", "đại đoàn kết toàn dân tộc", "ngày hội đại đoàn kết", "xây dựng Đảng",
    "học tập và làm theo Bác", "Hội Nông dân", "Hội Cựu chiến binh", "Hội Liên hiệp Phụ nữ",
    "Đoàn Thanh niên", "Công đoàn", "Hội Người cao tuổi", "Hội Chữ thập đỏ", "Hội Khuyến học",
    "khối dân vận", "giám sát và phản biện xã hội", "tiếp xúc cử tri", "giải phóng mặt bằng",
    "hiến đất làm đường", "giao thông nông thôn", "dồn điền đổi thửa", "OCOP", "làng nghề",
    "du lịch cộng đồng", "môi trường", "tuyến đường hoa", "thắp sáng đường quê", "nước sạch",
    "nhà văn hóa", "nhà đại đoàn kết", "xóa nhà tạm", "quỹ vì người nghèo", "khuyến học",
    "chăm lo Tết", "đền ơn đáp nghĩa", "người có công", "người khuyết tật", "trẻ em",
    "bình đẳng giới", "bảo hiểm y tế", "bảo hiểm xã hội tự nguyện", "phòng chống thiên tai",
    "cứu trợ", "biên giới", "biển đảo", "tuyển quân", "phòng chống tội phạm", "ma túy",
    "an toàn giao thông", "tín dụng đen", "phổ biến pháp luật", "chính quyền thân thiện",
    "dịch vụ công trực tuyến", "Đề án 06", "thanh toán không dùng tiền mặt", "công nhân lao động",
    "giải quyết việc làm", "thanh niên khởi nghiệp", "mô hình tiêu biểu", "gương người tốt việc tốt",
    "thi đua yêu nước", "ngày truyền thống công tác dân vận", "sắp xếp đơn vị hành chính",
    "tinh gọn bộ máy", "cán bộ cơ sở", "bồi dưỡng nghiệp vụ", "văn hóa", "lễ hội", "di tích",
    "cơ sở thờ tự", "chức sắc tôn giáo", "hộ nghèo", "nhà ở xã hội", "giáo dục", "tổ tự quản",
    "camera an ninh", "khu dân cư kiểu mẫu", "xã hội hóa", "đồng thuận xã hội", "mạng xã hội",
    "bảo vệ nền tảng tư tưởng", "khiếu nại tố cáo", "đất đai", "tái định cư", "đồng bào Khmer",
    "đồng bào Mông", "ngư dân", "trồng rừng", "phòng cháy chữa cháy", "hợp tác xã",
    "nông nghiệp công nghệ cao", "thương mại điện tử", "hội nghị trực tuyến", "truyền thống cách mạng",
]  # fmt: skip

TOPICS = [
    "thực hiện Quy chế dân chủ ở cơ sở",
    "phong trào thi đua “Dân vận khéo”",
    "xây dựng nông thôn mới nâng cao",
    "tiếp dân và đối thoại trực tiếp với nhân dân",
    "vận động nhân dân hiến đất mở rộng đường giao thông",
    "chăm lo đời sống gia đình chính sách và hộ nghèo",
    "công tác dân vận trong vùng đồng bào có đạo",
    "giải phóng mặt bằng các công trình trọng điểm",
    "xây dựng khu dân cư kiểu mẫu",
    "triển khai Đề án 06 về dữ liệu dân cư",
    "xóa nhà tạm, nhà dột nát",
    "phòng, chống thiên tai và tìm kiếm cứu nạn",
    "hòa giải ở cơ sở",
    "sắp xếp đơn vị hành chính cấp xã",
    "phát huy vai trò người có uy tín",
    "chuyển đổi số trong công tác dân vận",
    "phát triển sản phẩm OCOP",
    "bảo đảm an ninh trật tự ở địa bàn dân cư",
]

ACTORS = [
    "cấp ủy, chính quyền các cấp",
    "Mặt trận Tổ quốc và các đoàn thể chính trị - xã hội",
    "đội ngũ cán bộ làm công tác dân vận",
    "các chi bộ trực thuộc",
    "Hội Cựu chiến binh",
    "Hội Liên hiệp Phụ nữ",
    "Đoàn Thanh niên",
    "Hội Nông dân",
    "công an cơ sở",
    "các thôn, tổ dân phố",
    "Ban công tác Mặt trận ở khu dân cư",
]

DEEDS = [
    "chủ động tham mưu",
    "tập trung lãnh đạo, chỉ đạo",
    "phối hợp chặt chẽ trong",
    "triển khai hiệu quả",
    "tích cực tuyên truyền, vận động nhân dân tham gia",
    "thường xuyên quan tâm",
    "đẩy mạnh",
    "kiên trì thực hiện",
    "đổi mới nội dung, phương thức",
]

OUTCOMES = [
    "gắn với nhiệm vụ chính trị của địa phương",
    "góp phần hoàn thành các chỉ tiêu phát triển kinh tế - xã hội",
    "tạo sự đồng thuận trong các tầng lớp nhân dân",
    "được nhân dân đồng tình, hưởng ứng",
    "củng cố niềm tin của nhân dân với Đảng và chính quyền",
    "bảo đảm công khai, minh bạch",
    "giữ vững ổn định chính trị ở cơ sở",
]

OPENERS = [
    "Trong năm {year}",
    "Thời gian qua",
    "Sáu tháng đầu năm {year}",
    "Trong quý {quarter}",
    "Từ đầu nhiệm kỳ đến nay",
    "Thực hiện chương trình công tác năm {year}",
    "Bám sát sự chỉ đạo của cấp trên",
]

SHORTCOMINGS = [
    "việc nắm tình hình tư tưởng của nhân dân ở một số nơi chưa kịp thời",
    "một số mô hình “Dân vận khéo” chưa lan tỏa",
    "sự phối hợp giữa các ngành có lúc chưa chặt chẽ",
    "việc giải quyết kiến nghị của nhân dân còn chậm",
    "kinh phí cho hoạt động dân vận ở cơ sở còn hạn chế",
]

WORKS = [
    "mở rộng đường liên thôn",
    "xây dựng nhà văn hóa thôn",
    "lắp điện chiếu sáng đường quê",
    "cứng hóa kênh mương nội đồng",
    "trồng cây xanh trên các tuyến đường hoa",
    "sửa chữa nhà cho hộ nghèo",
    "lắp camera an ninh ở khu dân cư",
]

POSITIONS = [
    "Trưởng Ban Dân vận {committee}",
    "Phó Trưởng Ban Dân vận {committee}",
    "Phó Bí thư Thường trực {committee}",
    "Chủ tịch Ủy ban MTTQ Việt Nam {unit}",
    "Phó Chủ tịch UBND {unit}",
]

TASKS = [
    "Tiếp tục thực hiện nghiêm Quy chế công tác dân vận của hệ thống chính trị",
    "Nâng cao chất lượng phong trào thi đua “Dân vận khéo”, nhân rộng các mô hình hay",
    "Nắm chắc tình hình nhân dân, giải quyết kịp thời những vấn đề bức xúc ở cơ sở",
    "Đẩy mạnh dân vận chính quyền, cải cách hành chính",
    "Phát huy vai trò giám sát của Mặt trận Tổ quốc và các đoàn thể",
    "Chăm lo đời sống vật chất, tinh thần của nhân dân",
    "Làm tốt công tác vận động đồng bào dân tộc, tôn giáo",
    "Tổ chức tốt Ngày hội Đại đoàn kết toàn dân tộc ở các khu dân cư",
]

HEADINGS = [
    "Kết quả nổi bật năm {year}",
    "Những mặt còn hạn chế",
    "Nhiệm vụ năm {next_year}",
    "Ý kiến tại hội nghị",
    "Kết luận của hội nghị",
    "Phong trào “Dân vận khéo”",
]

CAPTIONS = [
    "Quang cảnh hội nghị",
    "Đồng chí {person} phát biểu tại hội nghị",
    "Các đại biểu dự hội nghị",
    "Trao giấy khen cho các tập thể, cá nhân",
]
