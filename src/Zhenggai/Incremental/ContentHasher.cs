using System.Buffers.Binary;
using System.Collections;
using System.Collections.Concurrent;
using System.Diagnostics.CodeAnalysis;
using System.Linq.Expressions;
using System.Reflection;
using System.Runtime.InteropServices;
using System.Security.Cryptography;

namespace Zhenggai.Incremental;

/// <summary>
/// SHA-256 over a canonical encoding of values and object graphs, for cache keys.
/// <para>
/// An object is encoded as its runtime type's name and every public instance property and
/// field of that runtime type, recursively: the members a Scriban template can read. Using the
/// runtime type (not the declared one) matters: a list declared as a base type may hold derived
/// objects whose extra members a template shows. Every value carries a tag and strings their
/// length, so two different graphs never encode to the same bytes. A graph that cannot be
/// encoded faithfully (deeper than <see cref="MaxDepth"/>, so probably cyclic, or holding a
/// delegate, whose behaviour no encoding captures) throws <see cref="NotSupportedException"/>:
/// the caller then treats the page as uncacheable rather than risk a wrong hit.
/// </para>
/// </summary>
public sealed class ContentHasher : IDisposable
{
    public const int MaxDepth = 48;

    private static readonly ConcurrentDictionary<Type, Shape> Shapes = new();

    [ThreadStatic] private static ContentHasher? t_spare;

    private readonly IncrementalHash _hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
    private readonly byte[] _buffer = new byte[8192];
    private int _used;

    private enum Tag : byte
    {
        Null = 1, String, Bool, Int, Long, Double, Decimal, Char, Enum, Sequence, End, Object, Bytes, Other,
    }

    private readonly record struct Member(string Name, Func<object, object?> Get);

    /// <summary>A type's members and a stable 16-byte id of its name and member names, written once per object in their place.</summary>
    private sealed record Shape(byte[] Id, Member[] Members);

    /// <summary>The hash of a graph in one call.</summary>
    public static byte[] Of(object? value)
    {
        var hasher = Rent();
        try
        {
            return hasher.Add(value).Finish();
        }
        finally
        {
            Return(hasher);
        }
    }

    /// <summary>A hasher for this thread (one per page adds up on a large site); give it back with <see cref="Return"/>.</summary>
    public static ContentHasher Rent()
    {
        var hasher = t_spare ?? new ContentHasher();
        t_spare = null;
        return hasher;
    }

    /// <summary>Gives a hasher back for reuse, forgetting anything added since its last <see cref="Finish"/>.</summary>
    public static void Return(ContentHasher hasher)
    {
        hasher._used = 0;
        hasher._hash.GetHashAndReset();
        t_spare = hasher;
    }

    public ContentHasher Add(object? value)
    {
        Write(value, 0);
        return this;
    }

    public ContentHasher AddString(string? value)
    {
        if (value is null) Put(Tag.Null);
        else PutString(value);
        return this;
    }

    public ContentHasher AddBytes(ReadOnlySpan<byte> bytes)
    {
        Put(Tag.Bytes);
        PutInt(bytes.Length);
        PutSpan(bytes);
        return this;
    }

    /// <summary>The 32-byte SHA-256 of everything added; the hasher is reset for reuse.</summary>
    public byte[] Finish()
    {
        Flush();
        return _hash.GetHashAndReset();
    }

    public void Dispose() => _hash.Dispose();

    private void Write(object? value, int depth)
    {
        if (depth > MaxDepth) throw new NotSupportedException($"the value is nested deeper than {MaxDepth} levels (a cycle?)");
        switch (value)
        {
            case null: Put(Tag.Null); return;
            case string s: PutString(s); return;
            case bool b: Put(Tag.Bool); Put((Tag)(b ? 1 : 0)); return;
            case int i: Put(Tag.Int); PutInt(i); return;
            case long l: Put(Tag.Long); PutLong(l); return;
            case double d: Put(Tag.Double); PutLong(BitConverter.DoubleToInt64Bits(d)); return;
            case decimal m:
                Put(Tag.Decimal);
                foreach (var part in decimal.GetBits(m)) PutInt(part);
                return;
            case char c: Put(Tag.Char); PutInt(c); return;
            case Enum e: Put(Tag.Enum); PutString(e.GetType().FullName!); PutLong(Convert.ToInt64(e, System.Globalization.CultureInfo.InvariantCulture)); return;
            case byte[] bytes: AddBytes(bytes); return;
            case Delegate: throw new NotSupportedException("a delegate's behaviour cannot be hashed");
            case Type: throw new NotSupportedException("a Type cannot be hashed");
        }
        var type = value.GetType();
        if (type.IsPrimitive || value is DateTime or DateTimeOffset or DateOnly or TimeOnly or TimeSpan or Guid)
        {
            // The remaining primitives and the date types format losslessly in the invariant culture ("o" round-trips).
            Put(Tag.Other);
            PutString(type.FullName!);
            PutString(value is IFormattable f ? f.ToString(value is DateTime or DateTimeOffset ? "o" : null, System.Globalization.CultureInfo.InvariantCulture) : value.ToString()!);
            return;
        }
        var shape = Shapes.GetOrAdd(type, Describe);
        if (value is IEnumerable sequence)
        {
            Put(Tag.Sequence);
            PutSpan(shape.Id);
            foreach (var item in sequence) Write(item, depth + 1);
            Put(Tag.End);
            return;
        }
        Put(Tag.Object);
        PutSpan(shape.Id);
        foreach (var member in shape.Members) Write(member.Get(value), depth + 1);
        Put(Tag.End);
    }

    /// <summary>
    /// Public instance properties (no indexers) and fields, by name, each with a compiled getter. Only the
    /// tool's own types are described: the published tool is compiled ahead of time and keeps the members of
    /// its own assembly for reflection (Zhenggai.Cli.csproj), not those of the framework's types, whose
    /// description could silently lose members there. Anything else is not supported (a page's model: rendered every time).
    /// </summary>
    [UnconditionalSuppressMessage("Trimming", "IL2070", Justification = "Only the tool's own types, whose assembly Zhenggai.Cli.csproj keeps whole when it is compiled ahead of time.")]
    private static Shape Describe(Type type)
    {
        var members = new List<Member>();
        if (typeof(IEnumerable).IsAssignableFrom(type))
            return new Shape(SHA256.HashData(MemoryMarshal.AsBytes(("sequence " + type.FullName).AsSpan()))[..16], []);
        if (type.Assembly != typeof(ContentHasher).Assembly)
            throw new NotSupportedException($"{type.FullName} is not one of the tool's own types, whose members are kept for reflection");
        foreach (var p in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (p.GetIndexParameters().Length > 0 || p.GetMethod is null || !p.GetMethod.IsPublic) continue;
            members.Add(new Member(p.Name, Getter(type, Expression.Property(Cast(type, out var o), p), o)));
        }
        foreach (var f in type.GetFields(BindingFlags.Public | BindingFlags.Instance))
            members.Add(new Member(f.Name, Getter(type, Expression.Field(Cast(type, out var o), f), o)));
        var sorted = members.OrderBy(m => m.Name, StringComparer.Ordinal).ToArray();
        // Names are joined with a character no C# name holds, so two shapes never give the same text.
        var signature = type.FullName + "\n" + string.Join('\n', sorted.Select(m => m.Name));
        return new Shape(SHA256.HashData(MemoryMarshal.AsBytes(signature.AsSpan()))[..16], sorted);
    }

    private static Expression Cast(Type type, out ParameterExpression parameter)
    {
        parameter = Expression.Parameter(typeof(object), "o");
        return type.IsValueType ? Expression.Unbox(parameter, type) : Expression.Convert(parameter, type);
    }

    private static Func<object, object?> Getter(Type type, Expression access, ParameterExpression parameter) =>
        Expression.Lambda<Func<object, object?>>(Expression.Convert(access, typeof(object)), parameter).Compile();

    private void Put(Tag tag)
    {
        if (_used == _buffer.Length) Flush();
        _buffer[_used++] = (byte)tag;
    }

    private void PutInt(int value)
    {
        if (_used + 4 > _buffer.Length) Flush();
        BinaryPrimitives.WriteInt32LittleEndian(_buffer.AsSpan(_used), value);
        _used += 4;
    }

    private void PutLong(long value)
    {
        if (_used + 8 > _buffer.Length) Flush();
        BinaryPrimitives.WriteInt64LittleEndian(_buffer.AsSpan(_used), value);
        _used += 8;
    }

    private void PutString(string value)
    {
        Put(Tag.String);
        PutInt(value.Length);
        PutSpan(MemoryMarshal.AsBytes(value.AsSpan()));
    }

    private void PutSpan(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length > _buffer.Length - _used)
        {
            Flush();
            if (bytes.Length > _buffer.Length)
            {
                _hash.AppendData(bytes);
                return;
            }
        }
        bytes.CopyTo(_buffer.AsSpan(_used));
        _used += bytes.Length;
    }

    private void Flush()
    {
        if (_used == 0) return;
        _hash.AppendData(_buffer, 0, _used);
        _used = 0;
    }
}
