using System.Collections.Concurrent;
using System.Collections.Frozen;
using System.Diagnostics.CodeAnalysis;
using System.Reflection;
using System.Runtime.CompilerServices;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;

namespace Zhenggai.Render.Views;

/// <summary>
/// How templates read a view model's properties: through a typed delegate per property instead
/// of <see cref="PropertyInfo.GetValue(object)"/>. Scriban's own accessor reflects on every read,
/// and the runtime compiles an invoke stub for each property read twice: a hundred compilations
/// on every start, and a slower read on every page. Everything but reading a value (names,
/// counts, indexers, assignments) is left to Scriban's accessor, so templates see the same members.
/// </summary>
internal sealed class ViewModelAccessor : IObjectAccessor
{
    // Per type, shared by every context: the names come from Scriban's standard renamer, which
    // HtmlTemplateContext does not change.
    private static readonly ConcurrentDictionary<Type, FrozenDictionary<string, Func<object, object?>>> Getters = new();

    private static readonly MethodInfo TypedGetter =
        typeof(ViewModelAccessor).GetMethod(nameof(Typed), BindingFlags.NonPublic | BindingFlags.Static)!;

    private readonly IObjectAccessor _scriban;
    private readonly FrozenDictionary<string, Func<object, object?>> _getters;

    // The member names a template asks for are strings of its syntax tree, the same objects page after
    // page: looked up by reference first, so the name is not hashed and compared on every access. An
    // accessor belongs to one context (Scriban keeps them per context), used by one render worker at a time.
    private readonly Dictionary<string, Func<object, object?>?> _byReference = new(ReferenceEqualityComparer.Instance);

    // Names made while rendering (not from a template's text) would be new strings every time: not kept past this.
    private const int ByReferenceLimit = 1024;

    public ViewModelAccessor(Type type, IObjectAccessor scriban, MemberRenamerDelegate renamer)
    {
        _scriban = scriban;
        _getters = Getters.GetOrAdd(type, t => Prepare(t, renamer));
    }

    public int GetMemberCount(TemplateContext context, SourceSpan span, object target) => _scriban.GetMemberCount(context, span, target);

    public IEnumerable<string> GetMembers(TemplateContext context, SourceSpan span, object target) => _scriban.GetMembers(context, span, target);

    public bool HasMember(TemplateContext context, SourceSpan span, object target, string member) => _scriban.HasMember(context, span, target, member);

    public bool TryGetValue(TemplateContext context, SourceSpan span, object target, string member, out object? value)
    {
        if (!_byReference.TryGetValue(member, out var get))
        {
            _getters.TryGetValue(member, out get);
            if (_byReference.Count < ByReferenceLimit) _byReference[member] = get;
        }
        if (get is not null)
        {
            value = get(target);
            return true;
        }
        return _scriban.TryGetValue(context, span, target, member, out value);
    }

    public bool TrySetValue(TemplateContext context, SourceSpan span, object target, string member, object? value) =>
        _scriban.TrySetValue(context, span, target, member, value);

    public bool HasIndexer => _scriban.HasIndexer;

    public Type IndexType => _scriban.IndexType!;

    public bool TryGetItem(TemplateContext context, SourceSpan span, object target, object index, out object? value) =>
        _scriban.TryGetItem(context, span, target, index, out value);

    public bool TrySetItem(TemplateContext context, SourceSpan span, object target, object index, object? value) =>
        _scriban.TrySetItem(context, span, target, index, value);

    /// <summary>
    /// The properties Scriban's typed accessor exposes, under the same names and with the same
    /// precedence (a type's own members before its base type's, fields before properties); fields
    /// and anything unusual stay with Scriban's accessor.
    /// </summary>
    [UnconditionalSuppressMessage("Trimming", "IL2070", Justification = "Only the tool's own types get this accessor (HtmlTemplateContext), and Zhenggai.Cli.csproj keeps that assembly whole when it is compiled ahead of time.")]
    [UnconditionalSuppressMessage("Trimming", "IL2075", Justification = "As above: base types of the tool's own types.")]
    private static FrozenDictionary<string, Func<object, object?>> Prepare(Type type, MemberRenamerDelegate renamer)
    {
        var getters = new Dictionary<string, Func<object, object?>>(StringComparer.Ordinal);
        var taken = new HashSet<string>(StringComparer.Ordinal);
        for (var t = type; t is not null && t != typeof(object); t = t.BaseType)
        {
            foreach (var field in t.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.DeclaredOnly))
                taken.Add(NameOf(field, renamer));
            foreach (var property in t.GetProperties(BindingFlags.Instance | BindingFlags.Public | BindingFlags.DeclaredOnly))
            {
                var get = property.GetMethod;
                if (get is null || get.IsStatic || !get.IsPublic || property.GetIndexParameters().Length > 0
                    || property.GetCustomAttribute<ScriptMemberIgnoreAttribute>() is not null)
                    continue;
                var name = NameOf(property, renamer);
                if (!taken.Add(name)) continue;
                getters[name] = Getter(t, property.PropertyType, get);
            }
        }
        // Frozen: read on every member access of every page, written once.
        return getters.ToFrozenDictionary(StringComparer.Ordinal);
    }

    /// <summary>
    /// A typed delegate to the getter where the runtime compiles code (a delegate to the typed factory rather
    /// than MethodInfo.Invoke, which would compile an invoke stub per type pair). The published tool is compiled
    /// ahead of time (Native AOT), which cannot make a generic method for types known only now: there the
    /// getter is called through a <see cref="MethodInvoker"/>, which needs no code made at run time.
    /// </summary>
    [UnconditionalSuppressMessage("AOT", "IL3050", Justification = "Only where the runtime compiles code (RuntimeFeature.IsDynamicCodeSupported).")]
    [UnconditionalSuppressMessage("Trimming", "IL2060", Justification = "Typed<,> has no requirements on its type arguments.")]
    private static Func<object, object?> Getter(Type declaring, Type value, MethodInfo get)
    {
        if (RuntimeFeature.IsDynamicCodeSupported)
            return TypedGetter.MakeGenericMethod(declaring, value).CreateDelegate<Func<MethodInfo, Func<object, object?>>>()(get);
        var invoker = MethodInvoker.Create(get);
        return target => invoker.Invoke(target);
    }

    private static string NameOf(MemberInfo member, MemberRenamerDelegate renamer)
    {
        var name = renamer(member);
        return string.IsNullOrEmpty(name) ? member.Name : name;
    }

    private static Func<object, object?> Typed<TTarget, TValue>(MethodInfo get)
    {
        var read = get.CreateDelegate<Func<TTarget, TValue>>();
        // Levels, counts and flags are read on every block and row: boxed once, not on every read.
        if (typeof(TValue) == typeof(int))
        {
            var readInt = (Func<TTarget, int>)(object)read;
            return target => readInt((TTarget)target) is var n && (uint)n < (uint)SmallInts.Length ? SmallInts[n] : n;
        }
        if (typeof(TValue) == typeof(bool))
        {
            var readBool = (Func<TTarget, bool>)(object)read;
            return target => readBool((TTarget)target) ? True : False;
        }
        return target => read((TTarget)target);
    }

    private static readonly object[] SmallInts = Enumerable.Range(0, 256).Select(n => (object)n).ToArray();
    private static readonly object True = true;
    private static readonly object False = false;
}
