using System.Buffers.Binary;
using SkiaSharp;

namespace GeoAnomaly.Host.Tests.Support;

/// <summary>Checks on PNG bytes: the signature and IHDR size read by hand, the pixels decoded with SkiaSharp.</summary>
internal static class PngFiles
{
    private static readonly byte[] s_signature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    /// <summary>True when the bytes start with the PNG signature followed by an IHDR chunk.</summary>
    public static bool IsPng(ReadOnlySpan<byte> png) =>
        png.Length > 24 && png[..8].SequenceEqual(s_signature) && png[12..16].SequenceEqual("IHDR"u8);

    /// <summary>Width and height from the IHDR chunk (big-endian, bytes 16..23).</summary>
    public static (int Width, int Height) Size(ReadOnlySpan<byte> png) =>
        (BinaryPrimitives.ReadInt32BigEndian(png[16..]), BinaryPrimitives.ReadInt32BigEndian(png[20..]));

    /// <summary>Distinct colours and the fraction of pixels that differ from the corner pixel (the background), inside
    /// a rectangle of the decoded image (the whole image when none is given).</summary>
    public static (int Colours, double Drawn) Content(byte[] png, SKRectI? area = null)
    {
        using var bitmap = SKBitmap.Decode(png) ?? throw new InvalidDataException("SkiaSharp could not decode the PNG");
        var rect = area ?? new SKRectI(0, 0, bitmap.Width, bitmap.Height);
        rect.Intersect(new SKRectI(0, 0, bitmap.Width, bitmap.Height));
        var background = bitmap.GetPixel(rect.Left, rect.Top);
        var colours = new HashSet<SKColor>();
        long drawn = 0;
        for (int y = rect.Top; y < rect.Bottom; y++)
        {
            for (int x = rect.Left; x < rect.Right; x++)
            {
                var pixel = bitmap.GetPixel(x, y);
                colours.Add(pixel);
                drawn += pixel == background ? 0 : 1;
            }
        }

        long total = (long)rect.Width * rect.Height;
        return (colours.Count, total == 0 ? 0 : (double)drawn / total);
    }
}
