package dev.jango.http;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Python's {@code mimetypes.guess_type}, which Django's {@code FileResponse} uses, with CPython's built-in table
 * (3.14; the system's {@code mime.types} files, which Python also reads where present, are not): the media type of a
 * file name's extension and the encoding of a compression suffix, {@code report.csv.gz} giving {@code text/csv} and
 * {@code gzip}. Encoding suffixes are case-sensitive ({@code .Z} is compress), type suffixes are not;
 * {@code .tgz}, {@code .svgz} and their kind stand for {@code .tar.gz} and {@code .svg.gz}; a name's leading dots
 * are not an extension ({@code .bashrc} has none).
 */
final class MimeTypes {

    /** A guess: {@code type} null when unknown, {@code encoding} null when the name has no compression suffix. */
    record Guess(String type, String encoding) {}

    private static final Map<String, String> SUFFIXES = Map.of(".svgz", ".svg.gz", ".tgz", ".tar.gz", ".taz", ".tar.gz",
            ".tz", ".tar.gz", ".tbz2", ".tar.bz2", ".txz", ".tar.xz");
    private static final Map<String, String> ENCODINGS = Map.of(".gz", "gzip", ".Z", "compress", ".bz2", "bzip2",
            ".xz", "xz", ".br", "br");
    /** By type, its extensions, as in a {@code mime.types} file. */
    private static final String TABLE = """
            text/javascript js mjs
            application/epub+zip epub
            application/gzip gz
            application/json json
            application/manifest+json webmanifest
            application/msword doc dot wiz
            application/n-quads nq
            application/n-triples nt
            application/octet-stream bin a dll exe o obj so
            application/oda oda
            application/ogg ogx
            application/pdf pdf
            application/pkcs7-mime p7c
            application/postscript ps ai eps
            application/texinfo texi texinfo
            application/toml toml
            application/trig trig
            application/vnd.apple.mpegurl m3u m3u8
            application/vnd.ms-excel xls xlb
            application/vnd.ms-fontobject eot
            application/vnd.ms-powerpoint ppt pot ppa pps pwz
            application/vnd.oasis.opendocument.graphics odg
            application/vnd.oasis.opendocument.presentation odp
            application/vnd.oasis.opendocument.spreadsheet ods
            application/vnd.oasis.opendocument.text odt
            application/vnd.openxmlformats-officedocument.presentationml.presentation pptx
            application/vnd.openxmlformats-officedocument.spreadsheetml.sheet xlsx
            application/vnd.openxmlformats-officedocument.wordprocessingml.document docx
            application/vnd.rar rar
            application/wasm wasm
            application/x-7z-compressed 7z
            application/x-bcpio bcpio
            application/x-cpio cpio
            application/x-csh csh
            application/x-debian-package deb
            application/x-dvi dvi
            application/x-gtar gtar
            application/x-hdf hdf
            application/x-hdf5 h5
            application/x-latex latex
            application/x-mif mif
            application/x-netcdf cdf nc
            application/x-pkcs12 p12 pfx
            application/x-httpd-php php
            application/x-pn-realaudio ram
            application/x-python-code pyc pyo
            application/x-rpm rpm
            application/x-sh sh
            application/x-shar shar
            application/x-shockwave-flash swf
            application/x-sv4cpio sv4cpio
            application/x-sv4crc sv4crc
            application/x-tar tar
            application/x-tcl tcl
            application/x-tex tex
            application/x-troff roff t tr
            application/x-troff-man man
            application/x-troff-me me
            application/x-troff-ms ms
            application/x-ustar ustar
            application/x-wais-source src
            application/xml xsl rdf wsdl xpdl
            application/yaml yaml yml
            application/zip zip
            audio/3gpp 3gp 3gpp
            audio/3gpp2 3g2 3gpp2
            audio/aac aac adts loas ass
            audio/basic au snd
            audio/flac flac
            audio/matroska mka
            audio/mp4 m4a
            audio/mpeg mp3 mp2
            audio/ogg ogg
            audio/opus opus
            audio/x-aiff aif aifc aiff
            audio/x-pn-realaudio ra
            audio/vnd.wave wav
            audio/webm weba
            font/otf otf
            font/ttf ttf
            font/woff woff
            font/woff2 woff2
            image/avif avif
            image/bmp bmp
            image/emf emf
            image/fits fits
            image/g3fax g3
            image/gif gif
            image/ief ief
            image/jp2 jp2
            image/jpeg jpg jpe jpeg
            image/jpm jpm
            image/jpx jpx
            image/heic heic
            image/heif heif
            image/png png
            image/svg+xml svg
            image/t38 t38
            image/tiff tiff tif
            image/tiff-fx tfx
            image/vnd.microsoft.icon ico
            image/webp webp
            image/wmf wmf
            image/x-cmu-raster ras
            image/x-portable-anymap pnm
            image/x-portable-bitmap pbm
            image/x-portable-graymap pgm
            image/x-portable-pixmap ppm
            image/x-rgb rgb
            image/x-xbitmap xbm
            image/x-xpixmap xpm
            image/x-xwindowdump xwd
            message/rfc822 eml mht mhtml nws
            model/gltf+json gltf
            model/gltf-binary glb
            model/stl stl
            text/css css
            text/csv csv
            text/html html htm
            text/markdown md markdown
            text/n3 n3
            text/plain txt bat c h ksh pl srt
            text/richtext rtx
            text/rtf rtf
            text/tab-separated-values tsv
            text/vtt vtt
            text/x-python py
            text/x-rst rst
            text/x-setext etx
            text/x-sgml sgm sgml
            text/x-vcard vcf
            text/xml xml
            video/matroska mkv
            video/matroska-3d mk3d
            video/mp4 mp4
            video/mpeg mpeg m1v mpa mpe mpg
            video/ogg ogv
            video/quicktime mov qt
            video/webm webm
            video/vnd.avi avi
            video/x-m4v m4v
            video/x-ms-wmv wmv
            video/x-sgi-movie movie
            """;
    private static final Map<String, String> TYPES = types();

    private MimeTypes() {}

    private static Map<String, String> types() {
        Map<String, String> types = new HashMap<>();
        for (String line : TABLE.strip().split("\n")) {
            String[] words = line.strip().split(" ");
            for (int i = 1; i < words.length; i++) {
                types.put("." + words[i], words[0]);
            }
        }
        return Map.copyOf(types);
    }

    /** The guess for {@code fileName} (a name, not a path: no directory). */
    static Guess guess(String fileName) {
        String base = fileName;
        String ext = extension(base);
        String longer;
        while ((longer = SUFFIXES.get(ext.toLowerCase(Locale.ROOT))) != null) {
            base = base.substring(0, base.length() - ext.length()) + longer;
            ext = extension(base);
        }
        String encoding = ENCODINGS.get(ext);
        if (encoding != null) {
            base = base.substring(0, base.length() - ext.length());
            ext = extension(base);
        }
        return new Guess(TYPES.get(ext.toLowerCase(Locale.ROOT)), encoding);
    }

    /** Python's {@code os.path.splitext} extension: from the last dot, unless only dots precede it; else "". */
    private static String extension(String name) {
        int dot = name.lastIndexOf('.');
        int start = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1;
        for (int i = start; i < dot; i++) {
            if (name.charAt(i) != '.') {
                return name.substring(dot);
            }
        }
        return "";
    }
}
