<#-- Kenes: sign in or sign up by Kazakh mobile number, step 1 (the number). Plain markup with the
     theme's form classes so that it renders in keycloak.v2 and the older themes alike. -->
<#import "template.ftl" as layout>
<@layout.registrationLayout displayMessage=true; section>
    <#if section = "header">
        ${msg("kenesPhoneTitle")}
    <#elseif section = "form">
        <form id="kenes-phone-number-form" class="${properties.kcFormClass!}" action="${url.loginAction}" method="post">
            <div class="${properties.kcFormGroupClass!}">
                <label for="kenes-phone" class="${properties.kcLabelClass!}">${msg("kenesPhoneNumber")}</label>
                <input id="kenes-phone" name="phone" type="tel" inputmode="tel" autocomplete="tel"
                       class="${properties.kcInputClass!}" value="${(kenesPhone!'')}" placeholder="+7 701 123 45 67"
                       required autofocus aria-describedby="kenes-phone-help"/>
                <p id="kenes-phone-help" class="${properties.kcInputHelperTextBeforeClass!}">${msg("kenesPhoneHelp")}</p>
            </div>
            <div class="${properties.kcFormGroupClass!}">
                <button id="kenes-phone-send" type="submit" name="send" value="send"
                        class="${properties.kcButtonClass!} ${properties.kcButtonPrimaryClass!} ${properties.kcButtonBlockClass!} ${properties.kcButtonLargeClass!}">${msg("kenesPhoneSend")}</button>
            </div>
        </form>
    </#if>
</@layout.registrationLayout>
