// Tests image/jpeg. Encode: RGBA, YCbCr, Gray and NRGBA images of odd
// sizes and offset bounds at several qualities; the encoded bytes (length
// and CRC) must be Go's, so the FDCT, quantizer scaling, 4:2:0
// downsampling and Huffman coding must be Go's too; then decoding them
// back. Decode: small JPEGs written by libjpeg-turbo's cjpeg (a 21x13
// picture) in baseline and progressive form, with 4:4:4, 4:2:2, 4:2:0,
// 4:4:0, 4:1:1 and 4:1:0 chroma, grayscale, RGB and restart markers, and
// two 13x10 4-component JPEGs with Adobe's APP14 segment (CMYK and YCCK,
// written with this package's block coder): the image type, bounds,
// strides, a CRC of each plane (Go's integer IDCT gives exact pixels) and
// a few pixels. Also DecodeConfig, image.Decode's format name, junk before
// EOI, truncated input and the error types.
package main

import (
	"bytes"
	"encoding/base64"
	"fmt"
	"hash/crc32"
	"image"
	"image/color"
	"image/jpeg"
	"strings"
)

var fixtures = []struct{ name, what, data string }{
	{"b420r", "baseline 4:2:0, a restart marker every 2 MCUs", `
/9j/4AAQSkZJRgABAQAAAQABAAD/2wBDAAUDBAQEAwUEBAQFBQUGBwwIBwcHBw8LCwkMEQ8SEhEP
ERETFhwXExQaFRERGCEYGh0dHx8fExciJCIeJBweHx7/2wBDAQUFBQcGBw4ICA4eFBEUHh4eHh4e
Hh4eHh4eHh4eHh4eHh4eHh4eHh4eHh4eHh4eHh4eHh4eHh4eHh4eHh4eHh7/wAARCAANABUDASIA
AhEBAxEB/8QAHwAAAQUBAQEBAQEAAAAAAAAAAAECAwQFBgcICQoL/8QAtRAAAgEDAwIEAwUFBAQA
AAF9AQIDAAQRBRIhMUEGE1FhByJxFDKBkaEII0KxwRVS0fAkM2JyggkKFhcYGRolJicoKSo0NTY3
ODk6Q0RFRkdISUpTVFVWV1hZWmNkZWZnaGlqc3R1dnd4eXqDhIWGh4iJipKTlJWWl5iZmqKjpKWm
p6ipqrKztLW2t7i5usLDxMXGx8jJytLT1NXW19jZ2uHi4+Tl5ufo6erx8vP09fb3+Pn6/8QAHwEA
AwEBAQEBAQEBAQAAAAAAAAECAwQFBgcICQoL/8QAtREAAgECBAQDBAcFBAQAAQJ3AAECAxEEBSEx
BhJBUQdhcRMiMoEIFEKRobHBCSMzUvAVYnLRChYkNOEl8RcYGRomJygpKjU2Nzg5OkNERUZHSElK
U1RVVldYWVpjZGVmZ2hpanN0dXZ3eHl6goOEhYaHiImKkpOUlZaXmJmaoqOkpaanqKmqsrO0tba3
uLm6wsPExcbHyMnK0tPU1dbX2Nna4uPk5ebn6Onq8vP09fb3+Pn6/90ABAAC/9oADAMBAAIRAxEA
PwDzDwR8P48pLLDxkduSfQV7EWtfBmjx29mluuvXSD7LCY/NaJc4aVxkBQBnbu6sOjANjP8AHXiB
fAdtpI0/Tbe6ur1JDFJOTsiKtGDlRy2Q3qMEd+lM+GVh/a+ttqepzvd3c0jPLLIMlmHGfQdgB0AA
AGKyxFZV8JDE1opU0k9k3J3td6OyUrq3W2qad483Car5hRjjcU/3XRfzWdrW6K61vq9l3Or0O48F
/D/w3Y/8JfqI077eW+ykWUs3mbAu7/VRNjG9evr7GivOvjOg8SfEC8hnJjt9MX7JbRkA7VR3UncA
CdxUtznGcDgUV15fw1hsZh4168ZuUr3cZxS3elnBvTZ66tXWh1Z7xjXwePqUW9Vbp3SffzP/2Q==
`},
	{"r444", "baseline 4:4:4, a restart marker after every MCU", `
/9j/4AAQSkZJRgABAQAAAQABAAD/2wBDAAoHBwgHBgoICAgLCgoLDhgQDg0NDh0VFhEYIx8lJCIf
IiEmKzcvJik0KSEiMEExNDk7Pj4+JS5ESUM8SDc9Pjv/2wBDAQoLCw4NDhwQEBw7KCIoOzs7Ozs7
Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozv/wAARCAANABUDAREA
AhEBAxEB/8QAGAAAAgMAAAAAAAAAAAAAAAAAAAQBBQb/xAAoEAABAwIGAQMFAAAAAAAAAAABAgMR
BDEABQYSEyEUFTJRIkFxkfD/xAAXAQEBAQEAAAAAAAAAAAAAAAADBAUG/8QAKxEAAQIFAgQFBQAA
AAAAAAAAAQIRAAMEITESUQUTQWEUgZGh8CIyQnLB/90ABAAB/9oADAMBAAIRAxEAPwDMZRptMhSk
dfi+KkKlcnmzTb3J2Hf5iIJdacCP/9BolrIqNLbIbFe6kcSNu8oE9rNgBExNz8gHE4lonL1LlgJG
RcnfP0gWIN2s98QtDLVVzHV9gycP2H97bWj/0bajdyXTWWser1Pj+RPEeFa922J9qTHuH7xGihqK
6YvkI1af164/Aj0JaNys4gEruY//0pznMhp1qkFPTNuuvpUUqcPSIKbgXv8AIwNFK8QgFRbQkENl
1lurizA4viOf4NS+NKtamAbHXPpH/9M09TebXGqqnC88tRUpSrkj+6+wwVfNElGhCbJ1+qck7qJO
S7bFyTsFQlSxLQGA+fN4/9RLViRmuoHkL+lulHC2m8AEg9iCZInub4fhsl5R0ljYkubulJGCDYWu
T2AxB8cmLkcmW7gp1eajf2AHk/WP/9k=
`},
	{"b410", "baseline 4:1:0", `
/9j/4AAQSkZJRgABAQAAAQABAAD/2wBDABALDA4MChAODQ4SERATGCgaGBYWGDEjJR0oOjM9PDkz
ODdASFxOQERXRTc4UG1RV19iZ2hnPk1xeXBkeFxlZ2P/2wBDARESEhgVGC8aGi9jQjhCY2NjY2Nj
Y2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2P/wAARCAANABUDAUIA
AhEBAxEB/8QAFwAAAwEAAAAAAAAAAAAAAAAAAAQFAf/EACUQAAECBAUFAQAAAAAAAAAAAAECAwAE
BRESExQxQSEiUWGBI//EABUBAQEAAAAAAAAAAAAAAAAAAAAB/8QAHxEAAQMDBQAAAAAAAAAAAAAA
AgABAwQRITFBUXHw/9oADAMBAAIRAxEAPwCNIUodCUxfuinMBLYSJlY7E2xWHKj49e/sMS65ClSj
eudys2+D81Kva19gfIghKoTYpaGMppK1uA2Ktk2I453jKU1qJjOeUVuKJJJ5heuDWVNxKuiGRgQP
ABI3+XggMYzHYuL4x1soM5RU7G+r+Zf/2Q==
`},
	{"p420", "progressive 4:2:0, successive approximation", `
/9j/4AAQSkZJRgABAQAAAQABAAD/2wBDAA0JCgsKCA0LCgsODg0PEyAVExISEyccHhcgLikxMC4p
LSwzOko+MzZGNywtQFdBRkxOUlNSMj5aYVpQYEpRUk//2wBDAQ4ODhMREyYVFSZPNS01T09PT09P
T09PT09PT09PT09PT09PT09PT09PT09PT09PT09PT09PT09PT09PT09PT0//wgARCAANABUDASIA
AhEBAxEB/8QAFwABAQEBAAAAAAAAAAAAAAAAAAQCBf/EABUBAQEAAAAAAAAAAAAAAAAAAAIB/9oA
DAMBAAIQAxAAAAGDpYQ0IiX/xAAcEAACAgIDAAAAAAAAAAAAAAACAwATAQQSIjP/2gAIAQEAAQUC
WmeQjWkGHTE45Fsd3f/EABsRAAEEAwAAAAAAAAAAAAAAAAIAAQQRAxIx/9oACAEDAQE/AY9m2xcW
WQ4nS//EABoRAAICAwAAAAAAAAAAAAAAAAECABEDEjH/2gAIAQIBAT8BJtdjyJhDCzP/xAAcEAAC
AgIDAAAAAAAAAAAAAAAAAREhAjETMmL/2gAIAQEABj8CK7vQuRxOqMYUtk5Wx+aP/8QAHBAAAgMB
AAMAAAAAAAAAAAAAAREAITFBYYGR/9oACAEBAAE/IexEpCcGrzC994X8EUTwE8l7M0mVhygT/9oA
DAMBAAIAAwAAABBnD//EABcRAAMBAAAAAAAAAAAAAAAAAAAB4RH/2gAIAQMBAT8QxLIPjH//xAAb
EQEAAQUBAAAAAAAAAAAAAAABIQARUcHw0f/aAAgBAgEBPxC0B656YGkq4TZX/8QAHhABAAEFAAMB
AAAAAAAAAAAAAREAITFBUWFxgfD/2gAIAQEAAT8QGSw9VJTIYJDa54nfb1vmOIicnSjGMujBNbz0
qSaldhP3yhgpbUApm2Um/a//2Q==
`},
	{"p422", "progressive 4:2:2", `
/9j/4AAQSkZJRgABAQAAAQABAAD/2wBDAAYEBQYFBAYGBQYHBwYIChAKCgkJChQODwwQFxQYGBcU
FhYaHSUfGhsjHBYWICwgIyYnKSopGR8tMC0oMCUoKSj/2wBDAQcHBwoIChMKChMoGhYaKCgoKCgo
KCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCj/wgARCAANABUDASEA
AhEBAxEB/8QAGAAAAwEBAAAAAAAAAAAAAAAAAAQGAQX/xAAYAQACAwAAAAAAAAAAAAAAAAAEBQEC
A//aAAwDAQACEAMQAAABnqmc2gdnzsutUDw//8QAHRAAAgEEAwAAAAAAAAAAAAAAAwQBAAIFExQh
I//aAAgBAQABBQJVOulRildMLRuHCNmwuT93P//EAB8RAAICAQQDAAAAAAAAAAAAAAECAAMEBRIT
ITFB8P/aAAgBAwEBPwHGc3uEl2aA57mkpto5vZmfaVvZfvE//8QAJREAAQMDAAsAAAAAAAAAAAAA
AQACAwQREwUSMkFRcbHB0dLx/9oACAECAQE/AZgx+qCL8U3RtTUDJGy4PL1WxBl3n52VPEcYsevl
f//EACIQAAIBAwMFAQAAAAAAAAAAAAECABESMQMiQRMUIVFhsf/aAAgBAQAGPwLyJRadZsDNPsXu
XsuxtJ/Jp2ICze+JfqG5jzGBwm0T/8QAGhABAAIDAQAAAAAAAAAAAAAAAQAxESFBUf/aAAgBAQAB
PyEdMMlEhVo9Tr89jF0fSa2a4aYJztzdBCq7BRNb5hZ//9oADAMBAAIAAwAAABAQH//EAB4RAQAC
AQQDAAAAAAAAAAAAAAERIQAxcYGhUZHw/9oACAEDAQE/EBHot7GvXeDz894d6ZTYFrlJePFpy4g6
Z//EAB4RAQACAgIDAQAAAAAAAAAAAAERITFxQVEAYYGh/9oACAECAQE/EABZXLroCJUHkjLVlwqY
eUKfo9nSnlSiQNQJDbBX5GZbXG8ptoZbxtW3/8QAHBABAQACAwEBAAAAAAAAAAAAAREAMSFBUWHB
/9oACAEBAAE/EL+Evm8QsJe1OQoAFl2mkGT8rU1fwp2e4QmRe0C0dj0T7lLmnao7/A0BAwrE1sYA
tItRebLDP//Z
`},
	{"p440", "progressive 4:4:0", `
/9j/4AAQSkZJRgABAQAAAQABAAD/2wBDABALDA4MChAODQ4SERATGCgaGBYWGDEjJR0oOjM9PDkz
ODdASFxOQERXRTc4UG1RV19iZ2hnPk1xeXBkeFxlZ2P/2wBDARESEhgVGC8aGi9jQjhCY2NjY2Nj
Y2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2P/wgARCAANABUDARIA
AhEBAxEB/8QAFgABAQEAAAAAAAAAAAAAAAAABAID/8QAGAEAAgMAAAAAAAAAAAAAAAAAAAECAwT/
2gAMAwEAAhADEAAAARNKLiOvcjX/xAAbEAACAwADAAAAAAAAAAAAAAACAwABEhMiM//aAAgBAQAB
BQIFTzocKFhcUVWif3Z//8QAGhEAAgIDAAAAAAAAAAAAAAAAAAIDEQEhMf/aAAgBAwEBPwGNmfgq
1tiaXK0f/8QAGhEAAgMBAQAAAAAAAAAAAAAAAAIBESESMf/aAAgBAgEBPwFWuMGpfRE72T//xAAb
EAADAAIDAAAAAAAAAAAAAAAAARExYRIhMv/aAAgBAQAGPwI69C5uXQosleR6P//EABwQAAICAgMA
AAAAAAAAAAAAAAABESExYUFRgf/aAAgBAQABPyHUVDCWFn0bVRZkKI324LDliieKo//aAAwDAQAC
AAMAAAAQ4R//xAAcEQACAQUBAAAAAAAAAAAAAAABEQAhMUFRgaH/2gAIAQMBAT8Qf6wNYz5CrXIf
MT//xAAdEQACAgIDAQAAAAAAAAAAAAABIRFBAIExYZHw/9oACAECAQE/EDLSpO0PcBjl0lzTwcpd
HqbH15//xAAcEAEAAgIDAQAAAAAAAAAAAAABABExQSFRYYH/2gAIAQEAAT8QPhYs4A8XA2uvPfs2
8+4qrwPZBp7NOFE1vM5wMVXcGEFX0Cmflz//2Q==
`},
	{"p411", "progressive 4:1:1", `
/9j/4AAQSkZJRgABAQAAAQABAAD/2wBDABALDA4MChAODQ4SERATGCgaGBYWGDEjJR0oOjM9PDkz
ODdASFxOQERXRTc4UG1RV19iZ2hnPk1xeXBkeFxlZ2P/2wBDARESEhgVGC8aGi9jQjhCY2NjY2Nj
Y2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2P/wgARCAANABUDAUEA
AhEBAxEB/8QAFwABAQEBAAAAAAAAAAAAAAAAAAMEBf/EABYBAQEBAAAAAAAAAAAAAAAAAAIBA//a
AAwDAQACEAMQAAABxdCiKCZY/wD/xAAbEAACAwADAAAAAAAAAAAAAAACAwABEhMiM//aAAgBAQAB
BQIFTzocKFhcUVWif3Z//8QAGREBAAIDAAAAAAAAAAAAAAAAAgARAQMi/9oACAEDAQE/AQ6Nxc6s
T//EABgRAAMBAQAAAAAAAAAAAAAAAAABAhEh/9oACAECAQE/AXDt5KIXT//EABsQAAMAAgMAAAAA
AAAAAAAAAAABETFhEiEy/9oACAEBAAY/Ajr0Lm5dCiyV5Ho//8QAHBAAAgICAwAAAAAAAAAAAAAA
AAERITFhQVGB/9oACAEBAAE/IdRUMJYWfRtVFmQojfbgsOWKJ4qj/9oADAMBAAIAAwAAABCGP//E
ABkRAQACAwAAAAAAAAAAAAAAAAEAEUFhof/aAAgBAwEBPxC8eWJp66LP/8QAHBEAAQMFAAAAAAAA
AAAAAAAAAQARUSFhcZHw/9oACAECAQE/EK6R6xlPCBD7wy//xAAcEAEAAgIDAQAAAAAAAAAAAAAB
ABExQSFRYYH/2gAIAQEAAT8QPhYs4A8XA2uvPfs28+4qrwPZBp7NOFE1vM5wMVXcGEFX0Cmflz//
2Q==
`},
	{"pgray", "progressive grayscale", `
/9j/4AAQSkZJRgABAQAAAQABAAD/2wBDAAgGBgcGBQgHBwcJCQgKDBQNDAsLDBkSEw8UHRofHh0a
HBwgJC4nICIsIxwcKDcpLDAxNDQ0Hyc5PTgyPC4zNDL/wgALCAANABUBAREA/8QAFwAAAwEAAAAA
AAAAAAAAAAAAAQQFA//aAAgBAQAAAAGNf3TC/wD/xAAcEAACAgIDAAAAAAAAAAAAAAADBAECABMU
ISP/2gAIAQEAAQUCCrnS9KSBURy8WFq7COezP//EABwQAAICAwEBAAAAAAAAAAAAAAECABESEzEh
Uf/aAAgBAQAGPwKUK2Hgi7mxy55cTFQS32ZMbJjA8XwT/8QAGxABAAIDAQEAAAAAAAAAAAAAAQAR
ITFhcYH/2gAIAQEAAT8hPCksY09V11n37O1eHZgKzToamczrVh0jDT//2gAIAQEAAAAQo//EAB4Q
AQEAAgICAwAAAAAAAAAAAAERITEAQVFxgZHw/9oACAEBAAE/ELMP63xFKSlTc6gJZdvSDOxbrrF3
zT74Yngc1GqG8Pk+eWHE26n7HQY4WAPXYCjki1FzZZz/2Q==
`},
	{"rgb", "baseline RGB (components named R, G, B)", `
/9j/7gAOQWRvYmUAZAAAAAAA/9sAQwAIBgYHBgUIBwcHCQkICgwUDQwLCwwZEhMPFB0aHx4dGhwc
ICQuJyAiLCMcHCg3KSwwMTQ0NB8nOT04MjwuMzQy/8AAEQgADQAVA1IRAEcRAEIRAP/EABoAAAID
AQEAAAAAAAAAAAAAAAYHAwQFAgj/xAAsEAACAQMCBAUEAwEAAAAAAAABAgMEBREGEgATITEHFCIj
MhVBUZFCYWKx/9oADANSAEcAQgAAPwBZ6bpvh04FrVoL319r7/jjF05py1tYjd7ucU4wFVVy8rns
iD7scH9EkgAkOHTdN8OnBrdKqHQ9mSnopIxqCrUeUj5YflrnDSsOwAGQuc5b7EBsai0dupsSzWC1
Q8uIPNRvuqplxgszMGjWNdjBvXjIBIJ7A3uOrtO6NpKT6/cPJ+a3cn2JJN23G74KcY3L3/PEdjh0
7o2wUn1+r8n5rPJ9iSTdtxu+CnGNy9/zxLZ9MCrWcLSx1CRuAkqU0cgdSMg5jpXTOMZAZsHIz048
+6biX0cbPiNqYeHsVtWgt0FTVXAybJJ2OyLlmPOVGC2Q5/kMYz17cU6OYU9ptknKjL0VsWancKNy
y1Ewh3HOQQuxGAx1wQT16ODTcS+jgK0dQNfL29zudTJU1lQ++WVwMsf+AAYAA6AAAYA46qZ4qdyf
LRzJSvXyAT+svJTr6pWJ+Urs2QzAhRkbW3MSvvHyonk1PaaBpM0sNvE0abR6XeRwxz36iNP1/Z4l
vSR6h1XdnnTZHQTGggTAO1ImYHqAM5bc3XON2MkAcWqa1i+VlbFDNJTmmeM75JJHZ1eGMqCyOjMV
HTLFv8hB04//2Q==
`},
	{"cmyk", "Adobe CMYK, 4:4:4", `
/9j/7gAOQWRvYmUAZAAAAAAA/9sAhAADAgIDAgIDAwMDBAMDBAUIBQUEBAUKBwcGCAwKDAwLCgsL
DQ4SEA0OEQ4LCxAWEBETFBUVFQwPFxgWFBgSFBUUAQMEBAUEBQkFBQkUDQsNFBQUFBQUFBQUFBQU
FBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBT/wAAUCAAKAA0EAREAAhEBAxEB
BBEA/8QBogAAAQUBAQEBAQEAAAAAAAAAAAECAwQFBgcICQoLEAACAQMDAgQDBQUEBAAAAX0BAgMA
BBEFEiExQQYTUWEHInEUMoGRoQgjQrHBFVLR8CQzYnKCCQoWFxgZGiUmJygpKjQ1Njc4OTpDREVG
R0hJSlNUVVZXWFlaY2RlZmdoaWpzdHV2d3h5eoOEhYaHiImKkpOUlZaXmJmaoqOkpaanqKmqsrO0
tba3uLm6wsPExcbHyMnK0tPU1dbX2Nna4eLj5OXm5+jp6vHy8/T19vf4+foBAAMBAQEBAQEBAQEA
AAAAAAABAgMEBQYHCAkKCxEAAgECBAQDBAcFBAQAAQJ3AAECAxEEBSExBhJBUQdhcRMiMoEIFEKR
obHBCSMzUvAVYnLRChYkNOEl8RcYGRomJygpKjU2Nzg5OkNERUZHSElKU1RVVldYWVpjZGVmZ2hp
anN0dXZ3eHl6goOEhYaHiImKkpOUlZaXmJmaoqOkpaanqKmqsrO0tba3uLm6wsPExcbHyMnK0tPU
1dbX2Nna4uPk5ebn6Onq8vP09fb3+Pn6/9oADgQBAAIRAxEEAAA/APnf9mTwj/x6fJ6dqwjj/wCN
wp4f0u0J42L9VUjh0l6RjiOb+d0o/wAOua4mviMZgvq1CpSxUYxbnTot0sBRjGnCaqVqi5vrMVOM
anI601Taq/vcO0ouOC9t9b8xLbUNQvNFs/tLjXPt0MsVq9xgIv2+Vls9OiuPOtl22CyvBJBtEmVV
D91/Fjxz/wAKL/ZT8ZeILe4+ya1dWX9kaU0V/wDY7gXVz+5WSBx8xlhVnuAqfMRA3KgFl64Vsr4E
xCwuXU45lm1WU3UbnzRpTvJOWImuaU6vtV71HmjUaUnOdNuDmSr4fFwdXFVI4uNKWjk1h8tw8uar
CDu7e2lCc4xjPV1aU1FYtuyCC2s28xv7L/s3w3rX2l/NuHuLP+1JJcDzJE8ttQ1Xm92XSbYI28sP
sAbzF+f/ANmTwj/x6fJ6dqMrznNM8n/YvAFGWFwylKLxNv3taDjy/u4yjehG7lKMk/bO1OSdGSlB
+VKUM/m506UcWqEb2jzUctw7pxqxdX3pN1ZRd5yqJ8s6VRqGKjCMYxJ9Tt/Glnc3/wDbnmWGmYto
ryB4VCCaExo4viqafp8Uw+xLJ9j8ydJwCHkYMB0H/BR/xjDHpXwx+FtsbeS4lmbxNqEbQSedCqq9
taFZOEKuXvdy8tmJD8oI38mEx+XcMWyHgSlDFYqUFfExcZ0aMpWtyJKUa81Ftv3lTpy5FL2rVSlH
1cbXxGNcZRqUsVSpSTlOo3Ry/DyVVwjGMPcVeVpzhCu6l3GdK1evdxRPc2eu2dzfaodQitNWxb2z
X/2iGPVYfJMIaV23alqXlLc28E0AihhZE3YjCqx//9k=
`},
	{"ycck", "Adobe YCCK, 4:4:4", `
/9j/7gAOQWRvYmUAZAAAAAAC/9sAhAADAgIDAgIDAwMDBAMDBAUIBQUEBAUKBwcGCAwKDAwLCgsL
DQ4SEA0OEQ4LCxAWEBETFBUVFQwPFxgWFBgSFBUUAQMEBAUEBQkFBQkUDQsNFBQUFBQUFBQUFBQU
FBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBT/wAAUCAAKAA0EAREAAhEBAxEB
BBEA/8QBogAAAQUBAQEBAQEAAAAAAAAAAAECAwQFBgcICQoLEAACAQMDAgQDBQUEBAAAAX0BAgMA
BBEFEiExQQYTUWEHInEUMoGRoQgjQrHBFVLR8CQzYnKCCQoWFxgZGiUmJygpKjQ1Njc4OTpDREVG
R0hJSlNUVVZXWFlaY2RlZmdoaWpzdHV2d3h5eoOEhYaHiImKkpOUlZaXmJmaoqOkpaanqKmqsrO0
tba3uLm6wsPExcbHyMnK0tPU1dbX2Nna4eLj5OXm5+jp6vHy8/T19vf4+foBAAMBAQEBAQEBAQEA
AAAAAAABAgMEBQYHCAkKCxEAAgECBAQDBAcFBAQAAQJ3AAECAxEEBSExBhJBUQdhcRMiMoEIFEKR
obHBCSMzUvAVYnLRChYkNOEl8RcYGRomJygpKjU2Nzg5OkNERUZHSElKU1RVVldYWVpjZGVmZ2hp
anN0dXZ3eHl6goOEhYaHiImKkpOUlZaXmJmaoqOkpaanqKmqsrO0tba3uLm6wsPExcbHyMnK0tPU
1dbX2Nna4uPk5ebn6Onq8vP09fb3+Pn6/9oADgQBAAIRAxEEAAA/APnf9mTwj/x6fJ6dqwjj/wCN
wp4f0u0J42L9VUjh0l6RjiOb+d0o/wAOua4mviMZgvq1CpSxUYxbnTot0sBRjGnCaqVqi5vrMVOM
anI601Taq/vcO0ouOC9t9b8xLbUNQvNFs/tLjXPt0MsVq9xgIv2+Vls9OiuPOtl22CyvBJBtEmVV
D91/Fjxz/wAKL/ZT8ZeILe4+ya1dWX9kaU0V/wDY7gXVz+5WSBx8xlhVnuAqfMRA3KgFl64Vsr4E
xCwuXU45lm1WU3UbnzRpTvJOWImuaU6vtV71HmjUaUnOdNuDmSr4fFwdXFVI4uNKWjk1h8tw8uar
CDu7e2lCc4xjPV1aU1FYtuyCC2s28xv7L/s3w3rX2l/NuHuLP+1JJcDzJE8ttQ1Xm92XSbYI28sP
sAbzF+f/ANmTwj/x6fJ6dqMrznNM8n/YvAFGWFwylKLxNv3taDjy/u4yjehG7lKMk/bO1OSdGSlB
+VKUM/m506UcWqEb2jzUctw7pxqxdX3pN1ZRd5yqJ8s6VRqGKjCMYxJ9Tt/Glnc3/wDbnmWGmYto
ryB4VCCaExo4viqafp8Uw+xLJ9j8ydJwCHkYMB0H/BR/xjDHpXwx+FtsbeS4lmbxNqEbQSedCqq9
taFZOEKuXvdy8tmJD8oI38mEx+XcMWyHgSlDFYqUFfExcZ0aMpWtyJKUa81Ftv3lTpy5FL2rVSlH
1cbXxGNcZRqUsVSpSTlOo3Ry/DyVVwjGMPcVeVpzhCu6l3GdK1evdxRPc2eu2dzfaodQitNWxb2z
X/2iGPVYfJMIaV23alqXlLc28E0AihhZE3YjCqx//9k=
`},
}

// pattern returns the color of pixel (x, y) of the encoded test images.
func pattern(x, y int) color.RGBA {
	return color.RGBA{uint8(9*x + y*y), uint8(255 - 13*y), uint8(x * y * 5), 255}
}

func testImages() []image.Image {
	r := image.Rect(3, 2, 3+37, 2+19)
	rgba := image.NewRGBA(r)
	nrgba := image.NewNRGBA(r)
	gray := image.NewGray(r)
	ycc := image.NewYCbCr(r, image.YCbCrSubsampleRatio444)
	for y := r.Min.Y; y < r.Max.Y; y++ {
		for x := r.Min.X; x < r.Max.X; x++ {
			c := pattern(x, y)
			rgba.SetRGBA(x, y, c)
			nrgba.Set(x, y, color.NRGBA{c.R, c.G, c.B, 255})
			gray.Set(x, y, c)
			yy, cb, cr := color.RGBToYCbCr(c.R, c.G, c.B)
			ycc.Y[ycc.YOffset(x, y)] = yy
			ycc.Cb[ycc.COffset(x, y)] = cb
			ycc.Cr[ycc.COffset(x, y)] = cr
		}
	}
	small := image.NewRGBA(image.Rect(0, 0, 1, 1))
	small.Set(0, 0, color.RGBA{0xff, 0, 0, 0xff})
	return []image.Image{rgba, nrgba, gray, ycc, rgba.SubImage(image.Rect(10, 5, 27, 14)), small}
}

func crc(b []byte) uint32 { return crc32.ChecksumIEEE(b) }

// describe prints what a decoded image is, its planes' CRCs and a few pixels.
func describe(m image.Image) {
	b := m.Bounds()
	switch m := m.(type) {
	case *image.YCbCr:
		fmt.Printf("  YCbCr %v %v YStride=%d CStride=%d Y=%08x Cb=%08x Cr=%08x\n", b, m.SubsampleRatio,
			m.YStride, m.CStride, crc(m.Y), crc(m.Cb), crc(m.Cr))
	case *image.Gray:
		fmt.Printf("  Gray %v Stride=%d Pix=%08x\n", b, m.Stride, crc(m.Pix))
	case *image.RGBA:
		fmt.Printf("  RGBA %v Stride=%d Pix=%08x\n", b, m.Stride, crc(m.Pix))
	case *image.CMYK:
		fmt.Printf("  CMYK %v Stride=%d Pix=%08x\n", b, m.Stride, crc(m.Pix))
	default:
		fmt.Printf("  %T %v\n", m, b)
	}
	for _, p := range []image.Point{b.Min, {b.Min.X + b.Dx()/2, b.Min.Y + b.Dy()/3}, b.Max.Sub(image.Pt(1, 1))} {
		r, g, bl, a := m.At(p.X, p.Y).RGBA()
		fmt.Printf("  %v: %v rgba=%04x %04x %04x %04x\n", p, m.At(p.X, p.Y), r, g, bl, a)
	}
}

func encodeAndDecode() {
	for i, m := range testImages() {
		for _, q := range []int{0, 1, 25, 50, 75, 90, 100, 150} {
			var buf bytes.Buffer
			o := &jpeg.Options{Quality: q}
			if q == 0 {
				o = nil
			}
			if err := jpeg.Encode(&buf, m, o); err != nil {
				fmt.Println("encode:", err)
				continue
			}
			fmt.Printf("image %d %T %v quality %d: %d bytes, crc %08x\n", i, m, m.Bounds(), q, buf.Len(), crc(buf.Bytes()))
			if q != 75 {
				continue
			}
			d, err := jpeg.Decode(&buf)
			if err != nil {
				fmt.Println("  decode:", err)
				continue
			}
			describe(d)
		}
	}
}

func decodeFixtures() {
	for _, f := range fixtures {
		data, err := base64.StdEncoding.DecodeString(strings.ReplaceAll(f.data, "\n", ""))
		if err != nil {
			panic(err)
		}
		fmt.Printf("%s (%s), %d bytes\n", f.name, f.what, len(data))
		cfg, err := jpeg.DecodeConfig(bytes.NewReader(data))
		fmt.Printf("  config %dx%d %v\n", cfg.Width, cfg.Height, err)
		m, format, err := image.Decode(bytes.NewReader(data))
		if err != nil {
			fmt.Println("  error:", err)
			continue
		}
		fmt.Println("  format", format)
		describe(m)
		// Junk between the scan and EOI is skipped; a cut stream fails.
		junk := append(append(data[:len(data)-2:len(data)-2], 0x12, 0xff, 0x00, 0x34), 0xff, 0xd9)
		if m2, err := jpeg.Decode(bytes.NewReader(junk)); err != nil || m2.Bounds() != m.Bounds() {
			fmt.Println("  with junk:", err)
		}
		_, err = jpeg.Decode(bytes.NewReader(data[:len(data)*2/3]))
		fmt.Println("  cut:", err)
	}
}

func errors() {
	_, err := jpeg.Decode(strings.NewReader("GIF89a"))
	fmt.Println(err)
	_, err = jpeg.Decode(strings.NewReader(""))
	fmt.Println(err)
	_, err = jpeg.Decode(strings.NewReader("\xff\xd8\xff\xd9"))
	fmt.Println(err)
	_, err = jpeg.DecodeConfig(strings.NewReader("\xff\xd8\xff\xc3\x00\x0b\x08\x00\x01\x00\x01\x01\x01\x11\x00"))
	fmt.Println(err)
	_, _, err = image.Decode(strings.NewReader("not an image"))
	fmt.Println(err)
	var e error = jpeg.FormatError("bad")
	fmt.Println(e, jpeg.UnsupportedError("feature"), jpeg.DefaultQuality)
	err = jpeg.Encode(new(bytes.Buffer), image.NewGray(image.Rect(0, 0, 1<<16, 1)), nil)
	fmt.Println(err)
}

func main() {
	encodeAndDecode()
	decodeFixtures()
	errors()
}
